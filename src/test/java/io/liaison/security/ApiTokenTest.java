package io.liaison.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.liaison.common.time.AppClock;
import io.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiTokenTest {

    @Inject
    AppClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String member(String role) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "fullName",
                        Fixtures.unique("Token Owner"),
                        "email",
                        "owner-" + UUID.randomUUID() + "@example.org",
                        "role",
                        role))
                .post("/api/v1/team-members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> create(
            Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(201)
                .extract();
    }

    @Test
    void aTokenIsShownOnceWorksAndIsStoredOnlyAsAHash() {
        var created = create(Map.of("name", Fixtures.unique("report"), "role", "REPORTER"));
        String token = created.path("token");
        String id = created.path("id");
        assertThat(token).startsWith("lia_").hasSizeGreaterThan(40);
        assertThat((String) created.path("tokenPrefix")).isEqualTo(token.substring(0, 8));

        given().get("/api/v1/api-tokens/" + id).then().statusCode(200).body("token", nullValue());
        given().queryParam("size", 500)
                .get("/api/v1/api-tokens")
                .then()
                .body("items.id", hasItem(id))
                .body("items.token", everyItem(nullValue()));

        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(200);
        String lastUsed = given().get("/api/v1/api-tokens/" + id)
                .then()
                .body("lastUsedAt", notNullValue())
                .extract()
                .path("lastUsedAt");
        // Within the minute, using the token again writes nothing.
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/policy-areas")
                .then()
                .statusCode(200);
        given().get("/api/v1/api-tokens/" + id).then().body("lastUsedAt", equalTo(lastUsed));
        // A minute later, it is recorded again.
        clock.setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2)));
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/policy-areas")
                .then()
                .statusCode(200);
        given().get("/api/v1/api-tokens/" + id).then().body("lastUsedAt", not(equalTo(lastUsed)));
    }

    @Test
    void aReportingServiceTokenIsReadOnly() {
        String token = create(Map.of("name", Fixtures.unique("report"), "role", "REPORTER"))
                .path("token");
        given().header("Authorization", "Bearer " + token)
                .accept("text/csv")
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(Map.of("firstName", "A", "lastName", "B"))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(403);
    }

    @Test
    void aMembersTokenActsAsThatMemberWithItsRole() {
        String memberId = member("STAFF");
        String token = create(Map.of("name", Fixtures.unique("script"), "role", "EDITOR", "teamMemberId", memberId))
                .path("token");
        String stakeholder = given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(Map.of("firstName", "By", "lastName", Fixtures.unique("Script")))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().get("/api/v1/stakeholders/" + stakeholder + "/history")
                .then()
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].actor", startsWith("token:script"))
                .body("items[0].actorTeamMemberId", equalTo(memberId));
    }

    @Test
    void aRevokedTokenIs401AtOnce() {
        var created = create(Map.of("name", Fixtures.unique("revoke-me"), "role", "REPORTER"));
        String token = created.path("token");
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/policy-areas")
                .then()
                .statusCode(200);
        given().post("/api/v1/api-tokens/" + created.path("id") + "/revoke")
                .then()
                .statusCode(200)
                .body("revokedAt", notNullValue());
        AuthenticationTest.unauthenticated(given().header("Authorization", "Bearer " + token)
                .get("/api/v1/policy-areas")
                .then());
        given().queryParam("size", 500).get("/api/v1/api-tokens").then().body("items.id", not(hasItem((String)
                created.path("id"))));
        given().queryParam("size", 500)
                .queryParam("includeArchived", true)
                .get("/api/v1/api-tokens")
                .then()
                .body("items.id", hasItem((String) created.path("id")));
    }

    @Test
    void anExpiredTokenIs401() {
        Instant expiry = Instant.now().plus(Duration.ofDays(2));
        String token = create(
                        Map.of("name", Fixtures.unique("short"), "role", "REPORTER", "expiresAt", expiry.toString()))
                .path("token");
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/policy-areas")
                .then()
                .statusCode(200);
        clock.setClock(Clock.offset(Clock.systemUTC(), Duration.ofDays(3)));
        AuthenticationTest.unauthenticated(given().header("Authorization", "Bearer " + token)
                .get("/api/v1/policy-areas")
                .then());
    }

    @Test
    void onlyReportingServicesGoWithoutATeamMember() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "orphan", "role", "EDITOR"))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("role"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "ghost",
                        "role",
                        "EDITOR",
                        "teamMemberId",
                        UUID.randomUUID().toString()))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("teamMemberId"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "too-long",
                        "role",
                        "REPORTER",
                        "expiresAt",
                        Instant.now().plus(Duration.ofDays(400)).toString()))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("expiresAt"));
    }

    @Test
    void creationAndRevocationAreAuditedWithoutTheToken() {
        var created = create(Map.of("name", Fixtures.unique("audited"), "role", "REPORTER"));
        String token = created.path("token");
        String id = created.path("id");
        given().post("/api/v1/api-tokens/" + id + "/revoke").then().statusCode(200);
        String audit = given().queryParam("entityType", "api-token")
                .queryParam("entityId", id)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("REVOKE", "CREATE"))
                .body("items[1].changes.role.to", equalTo("REPORTER"))
                .body("items[1].actor", equalTo("jwt:test-admin@example.org"))
                .extract()
                .asString();
        assertThat(audit).doesNotContain(token).doesNotContain(token.substring(4));
    }
}
