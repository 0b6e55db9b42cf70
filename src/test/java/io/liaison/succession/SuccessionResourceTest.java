package io.liaison.succession;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The office's "new Leader of Barnet" job: one call ends a tenure, appoints the successor and tidies up. */
@QuarkusTest
class SuccessionResourceTest {

    private static final LocalDate TODAY = Fixtures.today();

    /** A council's leader post held for four years, with two owners, a plan and two meetings ahead. */
    private record Held(
            String post,
            String outgoing,
            String lead,
            String support,
            String plan,
            String meetingAlone,
            String meetingWithOthers,
            String other) {}

    private static Held heldPost() {
        String org = Fixtures.organisation(Fixtures.unique("Succession Borough"));
        String post = Fixtures.post(org, "Leader of the Council", "COUNCIL_LEADER");
        String outgoing = Fixtures.stakeholder(Fixtures.unique("Outgoing"));
        Fixtures.appoint(post, outgoing, TODAY.minusYears(4));
        String lead = Fixtures.teamMember("DEPUTY_MAYOR");
        String support = Fixtures.teamMember("MAYORAL_APPOINTEE");
        Fixtures.assign(outgoing, lead, "LEAD");
        Fixtures.assign(outgoing, support, "SUPPORT");
        String plan = Fixtures.createPlan(Fixtures.plan(outgoing, lead));
        Fixtures.moveTo(plan, "ACTIVE").statusCode(200);
        String other = Fixtures.stakeholder(Fixtures.unique("Other"));
        String alone = Fixtures.logInteraction(scheduled(3, outgoing));
        String withOthers = Fixtures.logInteraction(scheduled(4, outgoing, other));
        return new Held(post, outgoing, lead, support, plan, alone, withOthers, other);
    }

    private static Map<String, Object> scheduled(int daysAhead, String... stakeholderIds) {
        Map<String, Object> body = Fixtures.scheduledMeeting(daysAhead, stakeholderIds);
        body.put("title", Fixtures.unique("Roundtable"));
        return body;
    }

    private static Map<String, Object> newLeader(String lastName) {
        return Map.of("firstName", "Nia", "lastName", lastName, "honorific", "Cllr", "party", "Labour");
    }

    private static ValidatableResponse succeed(String post, Map<String, Object> body, boolean dryRun) {
        return given().contentType(ContentType.JSON)
                .queryParam("dryRun", dryRun)
                .body(body)
                .post("/api/v1/posts/" + post + "/successions")
                .then();
    }

    @Test
    void newLeaderInOneCallMovesOwnersPlanAndMeetings() {
        Held held = heldPost();
        String name = Fixtures.unique("Successor");
        Map<String, Object> body = Map.of(
                "date",
                TODAY.toString(),
                "newHolder",
                newLeader(name),
                "moveOwners",
                true,
                "movePlan",
                true,
                "outgoingMeetings",
                "WITHDRAW",
                "note",
                "Borough elections");

        ValidatableResponse answer = succeed(held.post(), body, false)
                .statusCode(201)
                .header("Location", containsString("/api/v1/posts/" + held.post() + "/tenures/"))
                .body("dryRun", equalTo(false))
                .body("endedTenure.stakeholderId", equalTo(held.outgoing()))
                .body("endedTenure.endDate", equalTo(TODAY.toString()))
                .body("newTenure.startDate", equalTo(TODAY.toString()))
                .body("newTenure.current", equalTo(true))
                .body("successor.created", equalTo(true))
                .body("successor.name", equalTo("Cllr Nia " + name))
                .body("ownersMoved.teamMemberId", containsInAnyOrder(held.lead(), held.support()))
                .body("planMoved.completedPlanId", equalTo(held.plan()))
                .body(
                        "meetingsChanged.find { it.interactionId == '" + held.meetingAlone() + "' }.change",
                        equalTo("CANCELLED"))
                .body(
                        "meetingsChanged.find { it.interactionId == '" + held.meetingWithOthers() + "' }.change",
                        equalTo("WITHDRAWN"))
                .body("leftOpen", empty());
        String successor = answer.extract().path("successor.id");
        String newPlan = answer.extract().path("planMoved.newPlanId");
        answer.header("Location", endsWith((String) answer.extract().path("newTenure.id")));

        given().get("/api/v1/posts/" + held.post()).then().body("currentHolder.stakeholderId", equalTo(successor));
        given().get("/api/v1/stakeholders/" + successor + "/owners")
                .then()
                .body("items.find { it.role == 'LEAD' }.teamMemberId", equalTo(held.lead()))
                .body("items.find { it.role == 'SUPPORT' }.teamMemberId", equalTo(held.support()));
        given().get("/api/v1/stakeholders/" + held.outgoing() + "/owners")
                .then()
                .body("totalItems", equalTo(0));
        given().get("/api/v1/plans/" + held.plan()).then().body("status", equalTo("COMPLETED"));
        given().get("/api/v1/plans/" + newPlan)
                .then()
                .body("status", equalTo("ACTIVE"))
                .body("stakeholderId", equalTo(successor))
                .body("ownerId", equalTo(held.lead()))
                .body("startDate", equalTo(TODAY.toString()));
        given().get("/api/v1/interactions/" + held.meetingAlone()).then().body("status", equalTo("CANCELLED"));
        given().get("/api/v1/interactions/" + held.meetingWithOthers())
                .then()
                .body("status", equalTo("SCHEDULED"))
                .body("stakeholders.id", equalTo(List.of(held.other())));
    }

    @Test
    void dryRunAnswersTheSameAndWritesNothing() {
        Held held = heldPost();
        String name = Fixtures.unique("Dry");
        Map<String, Object> body = Map.of(
                "date",
                TODAY.toString(),
                "newHolder",
                newLeader(name),
                "moveOwners",
                true,
                "movePlan",
                true,
                "outgoingMeetings",
                "WITHDRAW");

        succeed(held.post(), body, true)
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("ownersMoved", hasSize(2))
                .body("planMoved", notNullValue())
                .body("meetingsChanged", hasSize(2));

        given().get("/api/v1/posts/" + held.post() + "/tenures")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].endDate", nullValue());
        given().queryParam("q", name).get("/api/v1/stakeholders").then().body("totalItems", equalTo(0));
        given().get("/api/v1/stakeholders/" + held.outgoing() + "/owners")
                .then()
                .body("totalItems", equalTo(2));
        given().get("/api/v1/plans/" + held.plan()).then().body("status", equalTo("ACTIVE"));
        given().get("/api/v1/interactions/" + held.meetingAlone()).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    void successorAlreadyOwnedKeepsTheirOwnersAndTheAnswerListsWhatStayed() {
        Held held = heldPost();
        String successor = Fixtures.stakeholder(Fixtures.unique("Owned"));
        String theirLead = Fixtures.teamMember("DEPUTY_MAYOR");
        Fixtures.assign(successor, theirLead, "LEAD");
        Fixtures.assign(successor, held.support(), "SUPPORT");
        String theirPlan = Fixtures.createPlan(Fixtures.plan(successor, theirLead));
        Fixtures.moveTo(theirPlan, "ACTIVE").statusCode(200);

        succeed(
                        held.post(),
                        Map.of(
                                "date",
                                TODAY.toString(),
                                "successorId",
                                successor,
                                "moveOwners",
                                true,
                                "movePlan",
                                true),
                        false)
                .statusCode(201)
                .body("successor.created", equalTo(false))
                .body("ownersMoved", empty())
                .body("planMoved", nullValue())
                .body("meetingsChanged", empty())
                .body("leftOpen.findAll { it.kind == 'OWNER' }", hasSize(2))
                .body("leftOpen.find { it.kind == 'PLAN' }.id", equalTo(held.plan()))
                .body("leftOpen.find { it.kind == 'PLAN' }.description", containsString("is kept"))
                .body(
                        "leftOpen.findAll { it.kind == 'MEETING' }.id",
                        containsInAnyOrder(held.meetingAlone(), held.meetingWithOthers()));
        given().get("/api/v1/stakeholders/" + successor + "/owners")
                .then()
                .body("items.find { it.role == 'LEAD' }.teamMemberId", equalTo(theirLead));
        given().get("/api/v1/stakeholders/" + held.outgoing() + "/owners")
                .then()
                .body("totalItems", equalTo(2));
    }

    @Test
    void aHolderOfTwoPostsKeepsOwnersPlanAndMeetings() {
        Held held = heldPost();
        String org = Fixtures.organisation(Fixtures.unique("Second Body"));
        String secondPost = Fixtures.post(org, "Chair", "OTHER");
        Fixtures.appoint(secondPost, held.outgoing(), TODAY.minusYears(1));

        succeed(
                        held.post(),
                        Map.of(
                                "date",
                                TODAY.toString(),
                                "newHolder",
                                newLeader(Fixtures.unique("Second")),
                                "moveOwners",
                                true,
                                "movePlan",
                                true,
                                "outgoingMeetings",
                                "WITHDRAW"),
                        false)
                .statusCode(201)
                .body("ownersMoved", empty())
                .body("meetingsChanged", empty())
                .body("leftOpen", hasSize(1))
                .body("leftOpen[0].kind", equalTo("OTHER_POST"))
                .body("leftOpen[0].id", equalTo(secondPost));
        given().get("/api/v1/stakeholders/" + held.outgoing() + "/owners")
                .then()
                .body("totalItems", equalTo(2));
        given().get("/api/v1/interactions/" + held.meetingAlone()).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    void aOneDayTenureEndsTheDayAfterItBeganAndAVacantPostJustGetsItsHolder() {
        String org = Fixtures.organisation(Fixtures.unique("Short Borough"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        Map<String, Object> first =
                Map.of("date", TODAY.minusDays(1).toString(), "newHolder", newLeader(Fixtures.unique("Brief")));
        succeed(post, first, false).statusCode(201).body("endedTenure", nullValue());

        // [yesterday, today): the shortest tenure there is.
        succeed(post, Map.of("date", TODAY.toString(), "newHolder", newLeader(Fixtures.unique("Next"))), false)
                .statusCode(201)
                .body("endedTenure.startDate", equalTo(TODAY.minusDays(1).toString()))
                .body("endedTenure.endDate", equalTo(TODAY.toString()));
    }

    @Test
    void conflictsNameTheTenureAndItsHolder() {
        String org = Fixtures.organisation(Fixtures.unique("Conflict Borough"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String holder = Fixtures.stakeholder(Fixtures.unique("Holder"));
        String tenure = Fixtures.appoint(post, holder, TODAY);

        // The holder's tenure begins on the changeover day: there is nothing to end.
        succeed(post, Map.of("date", TODAY.toString(), "newHolder", newLeader("Early")), false)
                .statusCode(409)
                .body("detail", containsString("tenure " + tenure))
                .body("detail", containsString("Test Holder"));
        // The successor already holds the post.
        succeed(post, Map.of("date", TODAY.plusDays(5).toString(), "successorId", holder), false)
                .statusCode(409)
                .body("violations[0].field", equalTo("successorId"));
        // A later tenure in the way of the open-ended new one is named too.
        String other = Fixtures.post(org, "Deputy Leader", "DEPUTY_LEADER");
        String future = Fixtures.appoint(other, holder, TODAY.plusDays(30));
        succeed(other, Map.of("date", TODAY.plusDays(10).toString(), "newHolder", newLeader("Late")), false)
                .statusCode(409)
                .body("detail", containsString("tenure " + future));
        // Neither or both ways of naming the successor: both fields named at once.
        succeed(post, Map.of("date", TODAY.plusDays(5).toString()), false)
                .statusCode(422)
                .body("violations.field", containsInAnyOrder("successorId", "newHolder"));
        succeed(
                        post,
                        Map.of(
                                "date",
                                TODAY.plusDays(5).toString(),
                                "successorId",
                                holder,
                                "newHolder",
                                newLeader("X")),
                        false)
                .statusCode(422)
                .body("violations.field", containsInAnyOrder("successorId", "newHolder"));
        // Nothing was written by any of them.
        given().get("/api/v1/posts/" + post + "/tenures").then().body("totalItems", equalTo(1));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyDoesNothingTwice() {
        Held held = heldPost();
        Map<String, Object> body = Map.of("date", TODAY.toString(), "newHolder", newLeader(Fixtures.unique("Retry")));
        String key = Fixtures.unique("succession");
        String first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/posts/" + held.post() + "/successions")
                .then()
                .statusCode(201)
                .extract()
                .path("newTenure.id");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/posts/" + held.post() + "/successions")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("newTenure.id", equalTo(first));
        given().get("/api/v1/posts/" + held.post() + "/tenures").then().body("totalItems", equalTo(2));
        // Audited once: the new tenure's creation is recorded a single time.
        given().queryParam("entityType", "tenure")
                .queryParam("entityId", first)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.action", equalTo(List.of("CREATE")));
    }
}
