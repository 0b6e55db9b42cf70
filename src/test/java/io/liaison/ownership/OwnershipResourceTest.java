package io.liaison.ownership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.liaison.support.Fixtures;
import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OwnershipResourceTest {

    @Test
    void assignsLeadAndSupportOwners() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Owned"));
        String lead = Fixtures.teamMember("DEPUTY_MAYOR");
        String support = Fixtures.teamMember("STAFF");
        Fixtures.assign(stakeholder, lead, "LEAD");
        Fixtures.assign(stakeholder, support, "SUPPORT");
        given().get("/api/v1/stakeholders/" + stakeholder + "/owners")
                .then()
                .statusCode(200)
                .body("items.teamMemberId", contains(lead, support))
                .body("items.role", contains("LEAD", "SUPPORT"))
                .body(
                        "items.startDate",
                        contains(Fixtures.today().toString(), Fixtures.today().toString()));
    }

    @Test
    void refusesASecondActiveLead() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("OneLead"));
        Fixtures.assign(stakeholder, Fixtures.teamMember("STAFF"), "LEAD");
        given().contentType(ContentType.JSON)
                .body(Map.of("teamMemberId", Fixtures.teamMember("STAFF"), "role", "LEAD"))
                .post("/api/v1/stakeholders/" + stakeholder + "/owners")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("role"));
    }

    @Test
    @SendsBadInput
    void refusesTheSameMemberTwiceAndUnknownOrInactiveMembers() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Twice"));
        String member = Fixtures.teamMember("STAFF");
        Fixtures.assign(stakeholder, member, "SUPPORT");
        given().contentType(ContentType.JSON)
                .body(Map.of("teamMemberId", member, "role", "LEAD"))
                .post("/api/v1/stakeholders/" + stakeholder + "/owners")
                .then()
                .statusCode(409)
                .body("violations[0].field", equalTo("teamMemberId"));
        given().contentType(ContentType.JSON)
                .body(Map.of("teamMemberId", "7d1c7a4e-0000-4000-8000-000000000011", "role", "LEAD"))
                .post("/api/v1/stakeholders/" + stakeholder + "/owners")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("teamMemberId"));
        String inactive = Fixtures.teamMember("STAFF");
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("active", false))
                .patch("/api/v1/team-members/" + inactive)
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("teamMemberId", inactive, "role", "LEAD"))
                .post("/api/v1/stakeholders/" + stakeholder + "/owners")
                .then()
                .statusCode(422);
        given().contentType(ContentType.JSON)
                .body(Map.of("teamMemberId", member, "role", "CAPTAIN"))
                .post("/api/v1/stakeholders/" + stakeholder + "/owners")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("role"));
    }

    @Test
    void endingAnAssignmentKeepsItAsHistory() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Ending"));
        String member = Fixtures.teamMember("STAFF");
        String assignment = Fixtures.assign(stakeholder, member, "LEAD");
        given().contentType(ContentType.JSON)
                .body(Map.of("note", "moved teams"))
                .post("/api/v1/stakeholders/" + stakeholder + "/owners/" + assignment + "/end")
                .then()
                .statusCode(200)
                .body("active", equalTo(false))
                .body("endDate", equalTo(Fixtures.today().toString()));
        given().get("/api/v1/stakeholders/" + stakeholder + "/owners").then().body("items.size()", equalTo(0));
        given().get("/api/v1/stakeholders/" + stakeholder + "/owners/history")
                .then()
                .body("items.id", contains(assignment))
                .body("items[0].handoverNote", equalTo("moved teams"));
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/stakeholders/" + stakeholder + "/owners/" + assignment + "/end")
                .then()
                .statusCode(409);
        // The LEAD can be given again once the old one ended.
        Fixtures.assign(stakeholder, Fixtures.teamMember("STAFF"), "LEAD");
    }

    @Test
    void handoverMovesTheLeadInOneStepAndKeepsTheOldAssignment() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Handover"));
        String outgoing = Fixtures.teamMember("MAYORAL_APPOINTEE");
        String incoming = Fixtures.teamMember("DEPUTY_MAYOR");
        String oldLead = Fixtures.assign(stakeholder, outgoing, "LEAD");
        Fixtures.assign(stakeholder, incoming, "SUPPORT");

        given().contentType(ContentType.JSON)
                .body(Map.of("toTeamMemberId", incoming, "handoverNote", "Appointee left; briefed on housing"))
                .post("/api/v1/stakeholders/" + stakeholder + "/handover")
                .then()
                .statusCode(200);
        given().get("/api/v1/stakeholders/" + stakeholder + "/owners")
                .then()
                .body("items.teamMemberId", contains(incoming))
                .body("items.role", contains("LEAD"));
        given().get("/api/v1/stakeholders/" + stakeholder + "/owners/history")
                .then()
                .body(
                        "items.find { it.id == '" + oldLead + "' }.handoverNote",
                        equalTo("Appointee left; briefed on housing"))
                .body(
                        "items.find { it.id == '" + oldLead + "' }.endDate",
                        equalTo(Fixtures.today().toString()))
                .body("items.size()", equalTo(3))
                .body("totalItems", equalTo(3));
        given().contentType(ContentType.JSON)
                .body(Map.of("toTeamMemberId", incoming, "handoverNote", "again"))
                .post("/api/v1/stakeholders/" + stakeholder + "/handover")
                .then()
                .statusCode(409);
    }

    @Test
    void stakeholderListFiltersByOwnerAndByMissingLead() {
        String owner = Fixtures.teamMember("STAFF");
        String led = Fixtures.stakeholder(Fixtures.unique("Led"));
        String supported = Fixtures.stakeholder(Fixtures.unique("Supported"));
        String party = Fixtures.unique("Orphans");
        String orphan = Fixtures.stakeholder(Map.of("firstName", "No", "lastName", "Lead", "party", party));
        Fixtures.assign(led, owner, "LEAD");
        Fixtures.assign(supported, owner, "SUPPORT");
        given().queryParam("ownerId", owner)
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", containsInAnyOrder(led, supported));
        given().queryParam("role", "LEAD")
                .get("/api/v1/team-members/" + owner + "/portfolio")
                .then()
                .statusCode(200)
                .body("items.stakeholder.id", contains(led))
                .body("items.role", contains("LEAD"));
        // Each stakeholder of the portfolio says how the member owns them.
        given().queryParam("sort", "-lastName")
                .get("/api/v1/team-members/" + owner + "/portfolio")
                .then()
                .body("items.stakeholder.id", containsInAnyOrder(led, supported))
                .body("items.find { it.stakeholder.id == '" + supported + "' }.role", equalTo("SUPPORT"))
                .body(
                        "items.find { it.stakeholder.id == '" + led + "' }.since",
                        equalTo(Fixtures.today().toString()));
        given().queryParam("party", party)
                .queryParam("noLeadOwner", true)
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", contains(orphan));
        given().queryParam("noLeadOwner", true)
                .queryParam("size", 500)
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", not(hasItem(led)));
        given().accept("text/csv")
                .get("/api/v1/team-members/" + owner + "/portfolio")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .body(org.hamcrest.Matchers.containsString(led));
    }

    @Test
    void bulkHandoverMovesEverythingToOneSuccessorWithPlans() {
        String leaver = Fixtures.teamMember("MAYORAL_APPOINTEE");
        String successor = Fixtures.teamMember("MAYORAL_APPOINTEE");
        String a = Fixtures.stakeholder(Fixtures.unique("BulkA"));
        String b = Fixtures.stakeholder(Fixtures.unique("BulkB"));
        Fixtures.assign(a, leaver, "LEAD");
        Fixtures.assign(b, leaver, "SUPPORT");
        String plan = Fixtures.createPlan(Fixtures.plan(a, leaver));
        Fixtures.moveTo(plan, "ACTIVE").statusCode(200);

        given().contentType(ContentType.JSON)
                .body(Map.of("successorId", successor, "handoverNote", "Left the office", "movePlans", true))
                .post("/api/v1/team-members/" + leaver + "/handover")
                .then()
                .statusCode(200)
                .body("assignments.size()", equalTo(2))
                .body("assignments.toTeamMemberId", org.hamcrest.Matchers.everyItem(equalTo(successor)))
                .body("plans.planId", contains(plan));
        given().get("/api/v1/team-members/" + leaver + "/portfolio").then().body("totalItems", equalTo(0));
        given().get("/api/v1/team-members/" + successor + "/portfolio")
                .then()
                .body("items.stakeholder.id", containsInAnyOrder(a, b));
        given().get("/api/v1/stakeholders/" + a + "/owners").then().body("items[0].role", equalTo("LEAD"));
        given().get("/api/v1/stakeholders/" + b + "/owners").then().body("items[0].role", equalTo("SUPPORT"));
        given().get("/api/v1/plans/" + plan).then().body("ownerId", equalTo(successor));
    }

    @Test
    void bulkHandoverByMappingSplitsAmongSuccessors() {
        String leaver = Fixtures.teamMember("DEPUTY_MAYOR");
        String first = Fixtures.teamMember("STAFF");
        String second = Fixtures.teamMember("STAFF");
        String a = Fixtures.stakeholder(Fixtures.unique("MapA"));
        String b = Fixtures.stakeholder(Fixtures.unique("MapB"));
        Fixtures.assign(a, leaver, "LEAD");
        Fixtures.assign(b, leaver, "LEAD");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "handoverNote",
                        "Split",
                        "mapping",
                        List.of(
                                Map.of("stakeholderId", a, "toTeamMemberId", first),
                                Map.of("stakeholderId", b, "toTeamMemberId", second))))
                .post("/api/v1/team-members/" + leaver + "/handover")
                .then()
                .statusCode(200);
        given().get("/api/v1/stakeholders/" + a + "/owners").then().body("items.teamMemberId", contains(first));
        given().get("/api/v1/stakeholders/" + b + "/owners").then().body("items.teamMemberId", contains(second));
    }

    /** A scheduled meeting {@code days} ahead with these stakeholders, attended by {@code attendee}. */
    private static String meetingAhead(int days, String attendee, String... stakeholders) {
        Map<String, Object> body = Fixtures.scheduledMeeting(days, stakeholders);
        body.put("attendeeIds", List.of(attendee));
        return Fixtures.logInteraction(body);
    }

    @Test
    void bulkHandoverReseatsTheLeaversMeetingsAndListsWhatItCannot() {
        String leaver = Fixtures.teamMember("DEPUTY_MAYOR");
        String first = Fixtures.teamMember("STAFF");
        String second = Fixtures.teamMember("STAFF");
        String a = Fixtures.stakeholder(Fixtures.unique("SeatA"));
        String b = Fixtures.stakeholder(Fixtures.unique("SeatB"));
        String stranger = Fixtures.stakeholder(Fixtures.unique("Stranger"));
        Fixtures.assign(a, leaver, "LEAD");
        Fixtures.assign(b, leaver, "SUPPORT");
        String withA = meetingAhead(1, leaver, a);
        String withB = meetingAhead(2, leaver, stranger, b);
        String withStranger = meetingAhead(3, leaver, stranger);
        String plan = Fixtures.createPlan(Fixtures.plan(a, leaver));

        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "handoverNote",
                        "Left the office",
                        "successorId",
                        second,
                        "mapping",
                        List.of(Map.of("stakeholderId", a, "toTeamMemberId", first))))
                .post("/api/v1/team-members/" + leaver + "/handover")
                .then()
                .statusCode(200)
                .body("meetings.find { it.interactionId == '" + withA + "' }.toTeamMemberId", equalTo(first))
                .body("meetings.find { it.interactionId == '" + withB + "' }.toTeamMemberId", equalTo(second))
                .body("leftBehind.find { it.kind == 'MEETING' }.id", equalTo(withStranger))
                .body("leftBehind.find { it.kind == 'PLAN' }.id", equalTo(plan));
        given().get("/api/v1/interactions/" + withA).then().body("attendees.id", contains(first));
        given().get("/api/v1/interactions/" + withB).then().body("attendees.id", contains(second));
        given().get("/api/v1/interactions/" + withStranger).then().body("attendees.id", contains(leaver));
    }

    @Test
    void aBulkHandoverThatFailsMidwayMovesNothing() {
        String leaver = Fixtures.teamMember("MAYORAL_APPOINTEE");
        String successor = Fixtures.teamMember("STAFF");
        String a = Fixtures.stakeholder(Fixtures.unique("AtomicA"));
        String unowned = Fixtures.stakeholder(Fixtures.unique("AtomicPlanOnly"));
        String assignment = Fixtures.assign(a, leaver, "LEAD");
        // The leaver owns a plan for a stakeholder they do not own: with a mapping only, it has nowhere to go.
        String plan = Fixtures.createPlan(Fixtures.plan(unowned, leaver));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "handoverNote",
                        "Leaving",
                        "movePlans",
                        true,
                        "mapping",
                        List.of(Map.of("stakeholderId", a, "toTeamMemberId", successor))))
                .post("/api/v1/team-members/" + leaver + "/handover")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        // The assignment moved first inside the transaction; the failure rolled it back.
        given().get("/api/v1/stakeholders/" + a + "/owners")
                .then()
                .body("items.id", contains(assignment))
                .body("items[0].teamMemberId", equalTo(leaver))
                .body("items[0].endDate", nullValue());
        given().get("/api/v1/plans/" + plan).then().body("ownerId", equalTo(leaver));
        given().queryParam("entityType", "ownership")
                .queryParam("entityId", assignment)
                .get("/api/v1/audit")
                .then()
                .body("items.action", contains("CREATE"));
    }

    @Test
    void bulkHandoverRejectsAMappingForAStakeholderTheLeaverDoesNotOwn() {
        String leaver = Fixtures.teamMember("STAFF");
        String successor = Fixtures.teamMember("STAFF");
        String stranger = Fixtures.stakeholder(Fixtures.unique("NotOwned"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "handoverNote",
                        "x",
                        "successorId",
                        successor,
                        "mapping",
                        List.of(Map.of("stakeholderId", stranger, "toTeamMemberId", successor))))
                .post("/api/v1/team-members/" + leaver + "/handover")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("mapping"));
        given().contentType(ContentType.JSON)
                .body(Map.of("handoverNote", "x"))
                .post("/api/v1/team-members/" + leaver + "/handover")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("successorId"));
    }

    @Test
    void assignmentsAndHandoversAreAudited() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("AuditedOwner"));
        String first = Fixtures.teamMember("STAFF");
        String lead = Fixtures.assign(stakeholder, first, "LEAD");
        given().contentType(ContentType.JSON)
                .body(Map.of("toTeamMemberId", Fixtures.teamMember("STAFF"), "handoverNote", "audited"))
                .post("/api/v1/stakeholders/" + stakeholder + "/handover")
                .then()
                .statusCode(200);
        given().queryParam("entityType", "ownership")
                .queryParam("entityId", lead)
                .get("/api/v1/audit")
                .then()
                .body("items.action", contains("UPDATE", "CREATE"))
                .body("items[0].changes.handoverNote.to", equalTo("audited"))
                .body("items[1].changes.role.to", equalTo("LEAD"));
    }
}
