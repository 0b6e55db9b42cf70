package io.liaison.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/** Makes test data through the API, with unique names so tests never depend on each other or on order. */
public final class Fixtures {

    private Fixtures() {}

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fixed clock at noon in London on that day: "today" for the alert, coverage and tenure rules. */
    public static java.time.Clock noonInLondon(LocalDate day) {
        return java.time.Clock.fixed(
                java.time.ZonedDateTime.of(day.atTime(12, 0), io.liaison.common.time.AppClock.LONDON)
                        .toInstant(),
                io.liaison.common.time.AppClock.LONDON);
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    public static String stakeholder(Map<String, Object> fields) {
        return given().contentType(ContentType.JSON)
                .body(fields)
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String stakeholder(String lastName) {
        return stakeholder(Map.of("firstName", "Test", "lastName", lastName));
    }

    public static String organisation(String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "OTHER"))
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String post(String organisationId, String title, String category) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("organisationId", organisationId, "title", title, "category", category))
                .post("/api/v1/posts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A tenure of the post from {@code from} until (not including) {@code to}: an ended or a future one. */
    public static String appoint(String postId, String stakeholderId, LocalDate from, LocalDate to) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("stakeholderId", stakeholderId, "startDate", from.toString(), "endDate", to.toString()))
                .post("/api/v1/posts/" + postId + "/tenures")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String appoint(String postId, String stakeholderId, LocalDate from) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("stakeholderId", stakeholderId, "startDate", from.toString()))
                .post("/api/v1/posts/" + postId + "/tenures")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String referenceOrganisationId(String code) {
        return given().queryParam("q", code)
                .queryParam("size", 500)
                .get("/api/v1/organisations")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.code == '" + code + "' }.id");
    }

    public static String teamMember(String role) {
        return teamMember(unique("Member"), role);
    }

    public static String teamMember(String fullName, String role) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("fullName", fullName, "email", "m-" + UUID.randomUUID() + "@example.org", "role", role))
                .post("/api/v1/team-members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String assign(String stakeholderId, String teamMemberId, String role) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("teamMemberId", teamMemberId, "role", role))
                .post("/api/v1/stakeholders/" + stakeholderId + "/owners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> plan(String stakeholderId, String ownerId) {
        return new java.util.HashMap<>(Map.of(
                "stakeholderId",
                stakeholderId,
                "ownerId",
                ownerId,
                "title",
                unique("Plan"),
                "policyAreas",
                java.util.List.of("housing", "transport"),
                "contactCadenceDays",
                30,
                "briefingCadenceDays",
                90,
                "startDate",
                today().minusDays(10).toString()));
    }

    public static String createPlan(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Moves a plan to a status, reading its ETag first. */
    public static io.restassured.response.ValidatableResponse moveTo(String planId, String status) {
        String etag = given().get("/api/v1/plans/" + planId).then().extract().header("ETag");
        return given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("status", status))
                .put("/api/v1/plans/" + planId + "/status")
                .then();
    }

    /** A team member and a JWT that is linked to them, with the given security role. */
    public record Person(String id, String email, String token) {}

    public static Person person(String securityRole) {
        String email = "p-" + UUID.randomUUID() + "@example.org";
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("fullName", unique("Person"), "email", email, "role", "MAYORAL_APPOINTEE"))
                .post("/api/v1/team-members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Person(id, email, Tokens.jwt(email, securityRole));
    }

    /** A minimal completed meeting yesterday with the given stakeholders. */
    public static Map<String, Object> meeting(String... stakeholderIds) {
        return new java.util.HashMap<>(Map.of(
                "type", "MEETING",
                "status", "COMPLETED",
                "startsAt",
                        java.time.OffsetDateTime.now()
                                .minusDays(1)
                                .withNano(0)
                                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                "stakeholderIds", java.util.List.of(stakeholderIds),
                "summary", "Discussed the housing programme"));
    }

    /** A minimal meeting scheduled {@code daysAhead} days from now with the given stakeholders. */
    public static Map<String, Object> scheduledMeeting(int daysAhead, String... stakeholderIds) {
        Map<String, Object> body = meeting(stakeholderIds);
        body.put("status", "SCHEDULED");
        body.remove("summary");
        body.put(
                "startsAt",
                java.time.OffsetDateTime.now()
                        .plusDays(daysAhead)
                        .withNano(0)
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return body;
    }

    public static String logInteraction(Map<String, Object> body) {
        return (String) loggedInteraction(body).get("id");
    }

    /** Logs an interaction and returns the whole 201 response. */
    public static Map<String, Object> loggedInteraction(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/interactions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("");
    }
}
