package io.liaison.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.liaison.common.time.AppClock;
import io.liaison.support.Fixtures;
import io.liaison.support.Fixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The alert rules of DESIGN.md on their edges, with "today" set on the application clock. */
@QuarkusTest
class AlertTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Inject
    AppClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void today(LocalDate day) {
        clock.setClock(
                Clock.fixed(ZonedDateTime.of(day.atTime(12, 0), AppClock.LONDON).toInstant(), AppClock.LONDON));
    }

    /** A stakeholder with an ACTIVE plan from START: briefing every 7 days on housing, contact every 30 days. */
    private String[] planned(String owner) {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Alerted"));
        Map<String, Object> plan = Fixtures.plan(stakeholder, owner);
        plan.put("policyAreas", List.of("housing"));
        plan.put("briefingCadenceDays", 7);
        plan.put("contactCadenceDays", 30);
        plan.put("startDate", START.toString());
        String id = Fixtures.createPlan(plan);
        Fixtures.moveTo(id, "ACTIVE").statusCode(200);
        return new String[] {stakeholder, id};
    }

    private io.restassured.response.ValidatableResponse alerts(String stakeholder) {
        return given().queryParam("stakeholderId", stakeholder)
                .get("/api/v1/alerts")
                .then()
                .statusCode(200);
    }

    @Test
    void withNothingLoggedTheBriefingIsDueFromThePlanStart() {
        String owner = Fixtures.teamMember("STAFF");
        String stakeholder = planned(owner)[0];
        today(START.plusDays(6));
        alerts(stakeholder)
                .body("items.kind", contains("BRIEFING_DUE"))
                .body("items[0].severity", equalTo("UPCOMING"))
                .body("items[0].dueDate", equalTo(START.plusDays(7).toString()))
                .body("items[0].ownerIds", contains(owner))
                .body("items[0].policyArea", equalTo("housing"))
                .body("items[0].title", org.hamcrest.Matchers.startsWith("Brief "));
        today(START.plusDays(7));
        alerts(stakeholder).body("items[0].severity", equalTo("DUE_TODAY"));
        today(START.plusDays(8));
        alerts(stakeholder).body("items.find { it.kind == 'BRIEFING_DUE' }.severity", equalTo("OVERDUE"));
    }

    @Test
    void theHorizonDecidesWhenADueDateBecomesAnAlert() {
        String stakeholder = planned(Fixtures.teamMember("STAFF"))[0];
        // Contact is due on START + 30: an alert from 14 days before, not 15.
        today(START.plusDays(15));
        alerts(stakeholder).body("items.kind", not(hasItem("CONTACT_DUE")));
        today(START.plusDays(16));
        alerts(stakeholder).body("items.kind", hasItem("CONTACT_DUE"));
    }

    @Test
    void aCompletedBriefingClearsTheAlertAtOnceAndACancelledOneDoesNot() {
        String stakeholder = planned(Fixtures.teamMember("STAFF"))[0];
        today(START.plusDays(20));
        alerts(stakeholder).body("items.find { it.kind == 'BRIEFING_DUE' }.severity", equalTo("OVERDUE"));
        Map<String, Object> cancelled = Fixtures.meeting(stakeholder);
        cancelled.put("type", "BRIEFING");
        cancelled.put("status", "CANCELLED");
        cancelled.put("policyAreas", List.of("housing"));
        cancelled.put("startsAt", START.plusDays(19) + "T10:00:00Z");
        Fixtures.logInteraction(cancelled);
        alerts(stakeholder).body("items.find { it.kind == 'BRIEFING_DUE' }.severity", equalTo("OVERDUE"));
        Map<String, Object> briefing = Fixtures.meeting(stakeholder);
        briefing.put("type", "BRIEFING");
        briefing.put("policyAreas", List.of("housing"));
        briefing.put("startsAt", START.plusDays(19) + "T10:00:00Z");
        Fixtures.logInteraction(briefing);
        alerts(stakeholder)
                .body(
                        "items.find { it.kind == 'BRIEFING_DUE' }.dueDate",
                        equalTo(START.plusDays(26).toString()))
                .body("items.find { it.kind == 'BRIEFING_DUE' }.severity", equalTo("UPCOMING"))
                .body(
                        "items.find { it.kind == 'BRIEFING_DUE' }.lastDone",
                        equalTo(START.plusDays(19).toString()));
    }

    @Test
    void aPlanThatIsNotActiveRaisesNothing() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Drafted"));
        Map<String, Object> plan = Fixtures.plan(stakeholder, Fixtures.teamMember("STAFF"));
        plan.put("startDate", START.toString());
        Fixtures.createPlan(plan);
        today(START.plusDays(200));
        alerts(stakeholder).body("totalItems", equalTo(0));
    }

    @Test
    void anAcknowledgedAlertStaysHiddenUntilItGetsWorse() {
        String stakeholder = planned(Fixtures.teamMember("STAFF"))[0];
        today(START.plusDays(6));
        String id = alerts(stakeholder).extract().path("items[0].id");
        given().contentType(ContentType.JSON)
                .body(Map.of("note", "Briefing booked for Monday"))
                .post("/api/v1/alerts/" + id + "/acknowledge")
                .then()
                .statusCode(200)
                .body("acknowledged.note", equalTo("Briefing booked for Monday"))
                .body("acknowledged.severity", equalTo("UPCOMING"));
        alerts(stakeholder).body("totalItems", equalTo(0));
        given().queryParam("stakeholderId", stakeholder)
                .queryParam("includeAcknowledged", true)
                .get("/api/v1/alerts")
                .then()
                .body("items.id", contains(id));
        today(START.plusDays(7));
        alerts(stakeholder).body("items.id", contains(id)).body("items[0].severity", equalTo("DUE_TODAY"));
        given().queryParam("entityType", "alert")
                .queryParam("entityId", id)
                .get("/api/v1/audit")
                .then()
                .body("items[0].changes.note.to", equalTo("Briefing booked for Monday"));
    }

    @Test
    void aSnoozedAlertIsHiddenUntilItsDate() {
        String stakeholder = planned(Fixtures.teamMember("STAFF"))[0];
        today(START.plusDays(10));
        String id = alerts(stakeholder).extract().path("items[0].id");
        given().contentType(ContentType.JSON)
                .body(Map.of("until", START.plusDays(12).toString()))
                .post("/api/v1/alerts/" + id + "/snooze")
                .then()
                .statusCode(200);
        alerts(stakeholder).body("totalItems", equalTo(0));
        today(START.plusDays(11));
        alerts(stakeholder).body("totalItems", equalTo(0));
        today(START.plusDays(12));
        alerts(stakeholder).body("items.id", contains(id));
        given().contentType(ContentType.JSON)
                .body(Map.of("until", START.plusDays(12).toString()))
                .post("/api/v1/alerts/" + id + "/snooze")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("until"));
    }

    @Test
    void theAlertIdIsStableAndANewDueDateIsANewAlert() {
        String stakeholder = planned(Fixtures.teamMember("STAFF"))[0];
        today(START.plusDays(20));
        String first = alerts(stakeholder).extract().path("items[0].id");
        assertThat((String) alerts(stakeholder).extract().path("items[0].id")).isEqualTo(first);
        given().get("/api/v1/alerts/" + first).then().statusCode(200).body("kind", equalTo("BRIEFING_DUE"));
        Map<String, Object> briefing = Fixtures.meeting(stakeholder);
        briefing.put("type", "BRIEFING");
        briefing.put("policyAreas", List.of("housing"));
        briefing.put("startsAt", START.plusDays(18) + "T10:00:00Z");
        Fixtures.logInteraction(briefing);
        assertThat((String) alerts(stakeholder).extract().path("items.find { it.kind == 'BRIEFING_DUE' }.id"))
                .isNotEqualTo(first);
        given().get("/api/v1/alerts/" + first).then().statusCode(404);
    }

    @Test
    void followUpsMeetingsTermEndsAndUncoveredPostsRaiseTheirAlerts() {
        Person member = Fixtures.person("APPOINTEE");
        String stakeholder = Fixtures.stakeholder(Map.of(
                "firstName",
                "Term",
                "lastName",
                Fixtures.unique("Ending"),
                "termEndDate",
                START.plusDays(60).toString()));
        Fixtures.assign(stakeholder, member.id(), "LEAD");
        today(START);
        Map<String, Object> done = Fixtures.meeting(stakeholder);
        done.put("startsAt", START.minusDays(1) + "T10:00:00Z");
        done.put(
                "followUps",
                List.of(Map.of(
                        "description",
                        "Send letter",
                        "assigneeId",
                        member.id(),
                        "dueDate",
                        START.plusDays(3).toString())));
        Fixtures.logInteraction(done);
        Map<String, Object> meeting = Fixtures.meeting(stakeholder);
        meeting.put("status", "SCHEDULED");
        meeting.put("startsAt", START.plusDays(5) + "T10:00:00Z");
        meeting.put("attendeeIds", List.of(member.id()));
        meeting.put("briefingPackReady", false);
        String meetingId = Fixtures.logInteraction(meeting);
        String org = Fixtures.organisation(Fixtures.unique("Uncovered Council"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        Fixtures.appoint(post, Fixtures.stakeholder(Fixtures.unique("NewLeader")), START.minusDays(2));

        alerts(stakeholder)
                .body("items.kind", containsInAnyOrder("FOLLOW_UP_DUE", "MEETING_PREP_DUE", "TERM_ENDING"))
                .body(
                        "items.find { it.kind == 'MEETING_PREP_DUE' }.dueDate",
                        equalTo(START.plusDays(3).toString()))
                .body("items.find { it.kind == 'TERM_ENDING' }.ownerIds", contains(member.id()));
        given().header("Authorization", "Bearer " + member.token())
                .get("/api/v1/alerts/mine")
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("MEETING_PREP_DUE"))
                .body("items.kind", hasItem("FOLLOW_UP_DUE"));
        given().queryParam("organisationId", org)
                .get("/api/v1/alerts")
                .then()
                .body("items.kind", contains("POST_UNCOVERED"))
                .body("items[0].postId", equalTo(post))
                .body("items[0].severity", equalTo("OVERDUE"));

        // The pack is ready: no more preparation alert.
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("briefingPackReady", true))
                .patch("/api/v1/interactions/" + meetingId)
                .then()
                .statusCode(200);
        alerts(stakeholder).body("items.kind", not(hasItem("MEETING_PREP_DUE")));
        given().accept("text/csv")
                .queryParam("stakeholderId", stakeholder)
                .get("/api/v1/alerts")
                .then()
                .statusCode(200)
                .body(containsString("TERM_ENDING"));
    }

    @Test
    void anAppointeeAcknowledgesOnlyTheirOwnAlerts() {
        Person owner = Fixtures.person("APPOINTEE");
        Person other = Fixtures.person("APPOINTEE");
        String stakeholder = planned(owner.id())[0];
        today(START.plusDays(20));
        String id = alerts(stakeholder).extract().path("items[0].id");
        given().header("Authorization", "Bearer " + other.token())
                .contentType(ContentType.JSON)
                .body(Map.of("note", "not mine"))
                .post("/api/v1/alerts/" + id + "/acknowledge")
                .then()
                .statusCode(403);
        given().header("Authorization", "Bearer " + owner.token())
                .contentType(ContentType.JSON)
                .body(Map.of("note", "mine"))
                .post("/api/v1/alerts/" + id + "/acknowledge")
                .then()
                .statusCode(200);
    }

    @Test
    void theOrderIsFixed() {
        given().queryParam("sort", "dueDate").get("/api/v1/alerts").then().statusCode(400);
    }
}
