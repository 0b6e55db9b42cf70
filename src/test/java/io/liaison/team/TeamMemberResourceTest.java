package io.liaison.team;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.liaison.support.Fixtures;
import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamMemberResourceTest {

    private static String email() {
        return "member-" + UUID.randomUUID() + "@example.org";
    }

    private static String create(String email, String role) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "fullName",
                        Fixtures.unique("Member"),
                        "email",
                        email,
                        "role",
                        role,
                        "unit",
                        "POLICY_AND_DELIVERY"))
                .post("/api/v1/team-members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    @SendsBadInput
    void createsReadsUpdatesAndDeletes() {
        String email = email();
        String id = create(email, "DEPUTY_MAYOR");
        given().get("/api/v1/team-members/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("email", equalTo(email))
                .body("active", equalTo(true));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("fullName", "Renamed", "email", email, "role", "MAYORAL_APPOINTEE"))
                .put("/api/v1/team-members/" + id)
                .then()
                .statusCode(200)
                .body("role", equalTo("MAYORAL_APPOINTEE"))
                .body("unit", equalTo(null));
        given().header("If-Match", "\"0\"")
                .delete("/api/v1/team-members/" + id)
                .then()
                .statusCode(412);
        given().delete("/api/v1/team-members/" + id).then().statusCode(428);
        given().header("If-Match", "\"1\"")
                .delete("/api/v1/team-members/" + id)
                .then()
                .statusCode(204);
        given().get("/api/v1/team-members/" + id).then().statusCode(404);
    }

    @Test
    void emailIsUniqueWhateverItsCase() {
        String email = email();
        create(email, "STAFF");
        given().contentType(ContentType.JSON)
                .body(Map.of("fullName", "Someone Else", "email", email.toUpperCase(), "role", "STAFF"))
                .post("/api/v1/team-members")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("email"));
    }

    @Test
    @SendsBadInput
    void rejectsAnInvalidEmailAndUnknownRole() {
        given().contentType(ContentType.JSON)
                .body(Map.of("fullName", "X", "email", "not-an-email", "role", "STAFF"))
                .post("/api/v1/team-members")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("email"));
        given().contentType(ContentType.JSON)
                .body(Map.of("fullName", "X", "email", email(), "role", "EMPEROR"))
                .post("/api/v1/team-members")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("role"));
    }

    @Test
    void deactivatedMembersAreHiddenUnlessAsked() {
        String email = email();
        String id = create(email, "STAFF");
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("active", false))
                .patch("/api/v1/team-members/" + id)
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        given().queryParam("q", email).get("/api/v1/team-members").then().body("totalItems", equalTo(0));
        given().queryParam("q", email)
                .queryParam("includeArchived", true)
                .get("/api/v1/team-members")
                .then()
                .body("items.id", contains(id));
    }

    @Test
    void filtersByRoleAndExportsCsv() {
        String email = email();
        create(email, "MAYORAL_ADVISER");
        given().queryParam("q", email)
                .queryParam("role", "MAYORAL_ADVISER")
                .get("/api/v1/team-members")
                .then()
                .body("totalItems", equalTo(1));
        given().queryParam("q", email)
                .queryParam("role", "STAFF")
                .get("/api/v1/team-members")
                .then()
                .body("totalItems", equalTo(0));
        given().accept("text/csv")
                .queryParam("q", email)
                .get("/api/v1/team-members")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .body(containsString(email))
                .body(containsString("MAYORAL_ADVISER"));
    }

    @Test
    void aLeaverWithRelationshipsMeetingsOrFollowUpsIsNotDeactivatedUnseen() {
        String leaver = Fixtures.teamMember(Fixtures.unique("Leaver"), "MAYORAL_APPOINTEE");
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Owned"));
        Fixtures.assign(stakeholder, leaver, "LEAD");
        Map<String, Object> meeting = Fixtures.meeting(stakeholder);
        meeting.put("status", "SCHEDULED");
        meeting.put("title", "Estate walkabout");
        meeting.put(
                "startsAt",
                java.time.OffsetDateTime.now()
                        .plusDays(2)
                        .withNano(0)
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        meeting.put("attendeeIds", java.util.List.of(leaver));
        meeting.put(
                "followUps",
                java.util.List.of(Map.of(
                        "description", "Send the walkabout notes", "assigneeId", leaver, "dueDate", "2030-01-10")));
        Fixtures.logInteraction(meeting);

        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("active", false))
                .patch("/api/v1/team-members/" + leaver)
                .then()
                .statusCode(409)
                .body("violations[0].field", equalTo("active"))
                .body("detail", containsString("1 relationship (Test Owned"))
                .body("detail", containsString("1 meeting (Estate walkabout on "))
                .body("detail", containsString("1 follow-up (Send the walkabout notes)"))
                .body("detail", containsString("/handover"));
        given().get("/api/v1/team-members/" + leaver).then().body("active", equalTo(true));
        // Said on purpose, it is done.
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .queryParam("deactivateAnyway", true)
                .body(Map.of("active", false))
                .patch("/api/v1/team-members/" + leaver)
                .then()
                .statusCode(200)
                .body("active", equalTo(false))
                // and the answer lists what was left dangling.
                .body("leftBehind.kind", org.hamcrest.Matchers.contains("relationship", "meeting", "follow-up"))
                .body("leftBehind[2].what", equalTo("Send the walkabout notes"));
        given().get("/api/v1/team-members/" + leaver).then().body("leftBehind", org.hamcrest.Matchers.nullValue());
    }
}
