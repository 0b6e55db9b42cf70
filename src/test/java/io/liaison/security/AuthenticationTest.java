package io.liaison.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.liaison.support.DefaultCaller;
import io.liaison.support.Management;
import io.liaison.support.SendsBadInput;
import io.liaison.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class AuthenticationTest {

    static ValidatableResponse unauthenticated(ValidatableResponse response) {
        return response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("status", equalTo(401));
    }

    static List<String> badTokens() {
        return List.of(
                "Bearer not-a-jwt",
                "Bearer " + Tokens.expired("someone@example.org", "ADMIN"),
                "Bearer " + Tokens.signedByStranger("ADMIN"),
                "Bearer " + Tokens.withIssuer("https://elsewhere.example/issuer", "ADMIN"),
                "Bearer " + Tokens.withAudience("another-service", "ADMIN"),
                "Bearer lia_thisTokenWasNeverIssued",
                "Basic YWRtaW46YWRtaW4=");
    }

    @Test
    void noTokenIs401ProblemJson() {
        unauthenticated(given().header("Authorization", DefaultCaller.ANONYMOUS)
                .get("/api/v1/stakeholders")
                .then());
    }

    @ParameterizedTest
    @MethodSource("badTokens")
    void aBadExpiredOrForeignTokenIs401(String authorization) {
        unauthenticated(given().header("Authorization", authorization)
                .get("/api/v1/organisations")
                .then());
    }

    @Test
    void aValidJwtIsAccepted() {
        given().header("Authorization", "Bearer " + Tokens.jwt("reader@example.org", "REPORTER"))
                .get("/api/v1/organisations")
                .then()
                .statusCode(200);
    }

    @Test
    void aJwtIssuedMoreThanTheMaximumAgeAgoIs401EvenWhenItHasNotExpired() {
        String issuedTwoDaysAgo =
                Tokens.issuedAt(Instant.now().minus(Duration.ofDays(2)), "old-token@example.org", "REPORTER");
        unauthenticated(given().header("Authorization", "Bearer " + issuedTwoDaysAgo)
                .get("/api/v1/organisations")
                .then());
    }

    @Test
    void aJwtWithoutIssuedAtIs401() {
        unauthenticated(
                given().header("Authorization", "Bearer " + Tokens.withoutIssuedAt("no-iat@example.org", "REPORTER"))
                        .get("/api/v1/organisations")
                        .then());
    }

    @Test
    void aJwtIssuedWithinTheMaximumAgeIsAccepted() {
        String issuedAnHourAgo =
                Tokens.issuedAt(Instant.now().minus(Duration.ofHours(1)), "fresh-token@example.org", "REPORTER");
        given().header("Authorization", "Bearer " + issuedAnHourAgo)
                .get("/api/v1/organisations")
                .then()
                .statusCode(200);
    }

    @Test
    void aJwtWithoutARoleMayNotReadAnything() {
        given().header("Authorization", "Bearer " + Tokens.jwt("nobody@example.org", "VISITOR"))
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void healthAndTheOpenApiDocumentNeedNoToken() {
        // Health is on the management port, which is not published with the API.
        Management.given()
                .header("Authorization", DefaultCaller.ANONYMOUS)
                .get("/q/health")
                .then()
                .statusCode(200);
        given().header("Authorization", DefaultCaller.ANONYMOUS)
                .get("/q/openapi")
                .then()
                .statusCode(200);
    }

    /** Every operation the OpenAPI document lists under /api refuses a caller without a token. */
    @Test
    @SendsBadInput
    void everyApiOperationNeedsAToken() {
        Map<String, Map<String, Object>> paths = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .extract()
                .path("paths");
        List<String> open = new ArrayList<>();
        List<String> declaredPublic = new ArrayList<>();
        int checked = 0;
        for (var path : paths.entrySet()) {
            String url = path.getKey().replaceAll("\\{[^}]+}", "7d1c7a4e-0000-4000-8000-000000000000");
            for (String method : path.getValue().keySet()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> operation =
                        (Map<String, Object>) path.getValue().get(method);
                if (List.of(Map.of()).equals(operation.get("security"))) {
                    declaredPublic.add(method.toUpperCase() + " " + path.getKey());
                    continue;
                }
                int status = given().header("Authorization", DefaultCaller.ANONYMOUS)
                        .contentType(
                                url.contains("/imports/")
                                        ? "text/csv"
                                        : method.equals("patch") ? "application/merge-patch+json" : "application/json")
                        .body(url.contains("/imports/") ? "firstName,lastName\n" : "{}")
                        .request(method.toUpperCase(), url)
                        .statusCode();
                checked++;
                if (status != 401) {
                    open.add(method.toUpperCase() + " " + path.getKey() + " -> " + status);
                }
            }
        }
        assertThat(checked).isGreaterThan(30);
        // The one exception (docs/rights.md): calendar apps cannot send headers, so the feed's URL carries a secret.
        assertThat(declaredPublic).containsExactly("GET /api/v1/diary-feeds/{secret}");
        assertThat(open).as("operations answering without authentication").isEmpty();
    }

    @Test
    void responsesCarrySecurityHeaders() {
        given().get("/api/v1/policy-areas")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'"));
    }

    @Test
    void noCrossOriginCallerIsAllowedByDefault() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/stakeholders")
                .then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theDevTokenEndpointMintsAWorkingTokenForARole() {
        String token = given().header("Authorization", DefaultCaller.ANONYMOUS)
                .queryParam("email", "priya.fictional@example.org")
                .queryParam("role", "REPORTER")
                .get("/dev/token")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body(Map.of("firstName", "A", "lastName", "B"))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(403);
    }
}
