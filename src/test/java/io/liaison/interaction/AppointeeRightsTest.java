package io.liaison.interaction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.liaison.support.Fixtures;
import io.liaison.support.Fixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An APPOINTEE logs for the stakeholders they own, edits what they attend, and closes their own follow-ups. */
@QuarkusTest
class AppointeeRightsTest {

    @Test
    void logsOnlyForStakeholdersTheyOwn() {
        Person appointee = Fixtures.person("APPOINTEE");
        String owned = Fixtures.stakeholder(Fixtures.unique("Owned"));
        String supported = Fixtures.stakeholder(Fixtures.unique("Supported"));
        String notOwned = Fixtures.stakeholder(Fixtures.unique("NotOwned"));
        Fixtures.assign(owned, appointee.id(), "LEAD");
        Fixtures.assign(supported, appointee.id(), "SUPPORT");
        given().header("Authorization", "Bearer " + appointee.token())
                .contentType(ContentType.JSON)
                .body(Fixtures.meeting(owned, supported))
                .post("/api/v1/interactions")
                .then()
                .statusCode(201);
        given().header("Authorization", "Bearer " + appointee.token())
                .contentType(ContentType.JSON)
                .body(Fixtures.meeting(owned, notOwned))
                .post("/api/v1/interactions")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void editsOnlyInteractionsTheyAttend() {
        Person appointee = Fixtures.person("APPOINTEE");
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Edited"));
        Map<String, Object> attended = Fixtures.meeting(stakeholder);
        attended.put("attendeeIds", List.of(appointee.id()));
        String mine = Fixtures.logInteraction(attended);
        String theirs = Fixtures.logInteraction(Fixtures.meeting(stakeholder));
        given().header("Authorization", "Bearer " + appointee.token())
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("outcome", "Noted"))
                .patch("/api/v1/interactions/" + mine)
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + appointee.token())
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("outcome", "Noted"))
                .patch("/api/v1/interactions/" + theirs)
                .then()
                .statusCode(403);
    }

    @Test
    void marksOnlyTheirOwnFollowUpsDone() {
        Person appointee = Fixtures.person("APPOINTEE");
        String other = Fixtures.teamMember("STAFF");
        Map<String, Object> body = Fixtures.meeting(Fixtures.stakeholder(Fixtures.unique("Actions")));
        body.put(
                "followUps",
                List.of(
                        Map.of("description", "Mine", "assigneeId", appointee.id(), "dueDate", "2026-12-01"),
                        Map.of("description", "Theirs", "assigneeId", other, "dueDate", "2026-12-01")));
        String interaction = Fixtures.logInteraction(body);
        List<Map<String, Object>> actions = given().get("/api/v1/interactions/" + interaction)
                .then()
                .extract()
                .path("followUps");
        String mine = (String) actions.stream()
                .filter(a -> a.get("description").equals("Mine"))
                .findFirst()
                .orElseThrow()
                .get("id");
        String theirs = (String) actions.stream()
                .filter(a -> a.get("description").equals("Theirs"))
                .findFirst()
                .orElseThrow()
                .get("id");
        given().header("Authorization", "Bearer " + appointee.token())
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("dueDate", "2027-01-01"))
                .patch("/api/v1/follow-ups/" + mine)
                .then()
                .statusCode(403);
        given().header("Authorization", "Bearer " + appointee.token())
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "DONE"))
                .patch("/api/v1/follow-ups/" + mine)
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"));
        given().header("Authorization", "Bearer " + appointee.token())
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "DONE"))
                .patch("/api/v1/follow-ups/" + theirs)
                .then()
                .statusCode(403);
    }

    @Test
    void aReporterCannotLogAnything() {
        given().header("Authorization", "Bearer " + Fixtures.person("REPORTER").token())
                .contentType(ContentType.JSON)
                .body(Fixtures.meeting(Fixtures.stakeholder(Fixtures.unique("Reporter"))))
                .post("/api/v1/interactions")
                .then()
                .statusCode(403);
    }

    @Test
    void bulkHandoverMovesOpenFollowUpsToTheNewOwner() {
        Person leaver = Fixtures.person("APPOINTEE");
        String successor = Fixtures.teamMember("STAFF");
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Handed"));
        Fixtures.assign(stakeholder, leaver.id(), "LEAD");
        Map<String, Object> body = Fixtures.meeting(stakeholder);
        body.put(
                "followUps",
                List.of(Map.of("description", "Chase the reply", "assigneeId", leaver.id(), "dueDate", "2026-12-01")));
        Fixtures.logInteraction(body);
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "handoverNote",
                        "Leaving",
                        "moveFollowUps",
                        true,
                        "mapping",
                        List.of(Map.of("stakeholderId", stakeholder, "toTeamMemberId", successor))))
                .post("/api/v1/team-members/" + leaver.id() + "/handover")
                .then()
                .statusCode(200)
                .body("followUps.size()", equalTo(1))
                .body("followUps[0].toTeamMemberId", equalTo(successor));
        given().get("/api/v1/team-members/" + leaver.id() + "/follow-ups")
                .then()
                .body("totalItems", equalTo(0));
        given().get("/api/v1/team-members/" + successor + "/follow-ups")
                .then()
                .body("items[0].description", equalTo("Chase the reply"));
    }
}
