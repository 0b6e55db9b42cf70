package io.liaison.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.liaison.support.DefaultCaller;
import io.liaison.support.Fixtures;
import io.liaison.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Limits per caller, and per client address for failed authentications, with limits low enough to reach in a few
 * requests and a window long enough that nothing refills while a test runs. The service trusts X-Forwarded-For here
 * (as behind a proxy), so each test is its own client address.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    static final int PER_CALLER = 5;
    static final int FAILED_PER_ADDRESS = 3;
    static final String WEB_APP = "https://app.liaison.invalid";

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "liaison.rate-limits.requests-per-caller",
                    Integer.toString(PER_CALLER),
                    "liaison.rate-limits.failed-authentications-per-address",
                    Integer.toString(FAILED_PER_ADDRESS),
                    "liaison.rate-limits.window",
                    "1H",
                    "quarkus.http.proxy.proxy-address-forwarding",
                    "true",
                    "quarkus.http.cors.origins",
                    WEB_APP);
        }
    }

    /** A caller of its own: a fresh JWT subject, so no other test's requests count against it. */
    private static String newCaller(String role) {
        return "Bearer " + Tokens.jwt("rl-" + UUID.randomUUID() + "@example.org", role);
    }

    private static ValidatableResponse get(String authorization, String address, String path) {
        return given().header("Authorization", authorization)
                .header("X-Forwarded-For", address)
                .get(path)
                .then();
    }

    private static void tooManyRequests(ValidatableResponse response, String policy, int quota) {
        response.statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("RateLimit-Policy", equalTo("\"" + policy + "\";q=" + quota + ";w=3600"))
                .header("RateLimit", matchesPattern("\"" + policy + "\";r=0;t=[1-9][0-9]*"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
    }

    @Test
    void aCallerOverItsLimitGets429WhileAnotherCallerFromTheSameAddressDoesNot() {
        String address = "192.0.2.10";
        String caller = newCaller("REPORTER");
        for (int i = 0; i < PER_CALLER; i++) {
            get(caller, address, "/api/v1/organisations").statusCode(200);
        }
        tooManyRequests(get(caller, address, "/api/v1/organisations"), "caller", PER_CALLER);
        get(newCaller("REPORTER"), address, "/api/v1/organisations").statusCode(200);
    }

    /** A browser hands the web app only the response headers CORS exposes. */
    @Test
    void theWebAppMayReadRetryAfterAndTheRateLimitFields() {
        String caller = newCaller("EDITOR");
        for (int i = 0; i < PER_CALLER; i++) {
            get(caller, "192.0.2.12", "/api/v1/organisations").statusCode(200);
        }
        given().header("Authorization", caller)
                .header("X-Forwarded-For", "192.0.2.12")
                .header("Origin", WEB_APP)
                .get("/api/v1/organisations")
                .then()
                .statusCode(429)
                .header("Access-Control-Allow-Origin", WEB_APP)
                .header(
                        "Access-Control-Expose-Headers",
                        allOf(
                                containsString("Retry-After"),
                                containsString("RateLimit-Policy"),
                                matchesPattern(".*\\bRateLimit(,.*|$)")));
    }

    @Test
    void anApiTokenHasALimitOfItsOwn() {
        String token = given().header("Authorization", newCaller("ADMIN"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.unique("limited-script"), "role", "REPORTER"))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        String address = "192.0.2.11";
        for (int i = 0; i < PER_CALLER; i++) {
            get("Bearer " + token, address, "/api/v1/organisations").statusCode(200);
        }
        tooManyRequests(get("Bearer " + token, address, "/api/v1/organisations"), "caller", PER_CALLER);
    }

    @Test
    void failedAuthenticationsFromOneAddressAreLimitedThenRefusedBeforeAnyTokenIsChecked() {
        String address = "192.0.2.20";
        String[] wrong = {
            "Bearer lia_neverIssued" + UUID.randomUUID(),
            "Bearer not-a-jwt",
            "Bearer " + Tokens.signedByStranger("ADMIN")
        };
        for (String authorization : wrong) {
            get(authorization, address, "/api/v1/organisations").statusCode(401);
        }
        tooManyRequests(
                get("Bearer lia_neverIssuedEither", address, "/api/v1/organisations"),
                "failed-authentications",
                FAILED_PER_ADDRESS);
        // While the address is over its limit no token from it is checked, so a guess cannot tell right from wrong.
        tooManyRequests(
                get(newCaller("REPORTER"), address, "/api/v1/organisations"),
                "failed-authentications",
                FAILED_PER_ADDRESS);
        get("Bearer not-a-jwt", "192.0.2.21", "/api/v1/organisations").statusCode(401);
        get(newCaller("REPORTER"), "192.0.2.21", "/api/v1/organisations").statusCode(200);
    }

    @Test
    void unknownDiaryFeedSecretsFromOneAddressAreLimited() {
        String address = "192.0.2.30";
        for (int i = 0; i < FAILED_PER_ADDRESS; i++) {
            get(DefaultCaller.ANONYMOUS, address, "/api/v1/diary-feeds/cal_guess" + i)
                    .statusCode(404);
        }
        tooManyRequests(
                get(DefaultCaller.ANONYMOUS, address, "/api/v1/diary-feeds/cal_guessAgain"),
                "failed-authentications",
                FAILED_PER_ADDRESS);
    }

    /** A calendar service fetches many members' feeds from one address: what succeeds never counts against it. */
    @Test
    void feedsFetchedFromOneAddressAreLimitedPerFeedNeverForSucceeding() {
        String address = "192.0.2.40";
        String first = diaryFeedUrl();
        String second = diaryFeedUrl();
        for (int i = 0; i < PER_CALLER; i++) {
            get(DefaultCaller.ANONYMOUS, address, first).statusCode(200);
            get(DefaultCaller.ANONYMOUS, address, second).statusCode(200);
        }
        tooManyRequests(get(DefaultCaller.ANONYMOUS, address, first), "caller", PER_CALLER);
        get(DefaultCaller.ANONYMOUS, address, "/api/v1/diary-feeds/cal_unknown").statusCode(404);
    }

    /** A new member's feed URL, made by an ADMIN of its own. */
    private static String diaryFeedUrl() {
        String admin = newCaller("ADMIN");
        String member = given().header("Authorization", admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "fullName",
                        Fixtures.unique("Subscriber"),
                        "email",
                        "rl-" + UUID.randomUUID() + "@example.org",
                        "role",
                        "STAFF"))
                .post("/api/v1/team-members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String url = given().header("Authorization", admin)
                .post("/api/v1/team-members/" + member + "/diary-feed/secret")
                .then()
                .statusCode(200)
                .extract()
                .path("url");
        return url.substring(url.indexOf("/api/"));
    }
}
