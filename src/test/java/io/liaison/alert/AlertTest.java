package io.liaison.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.liaison.common.time.AppClock;
import io.liaison.support.Fixtures;
import io.liaison.support.Fixtures.Person;
import io.liaison.support.ListsAsCsv;
import io.liaison.support.SendsBadInput;
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

/** The alert rules (docs/alerts.md) on their edges, with "today" set on the application clock. */
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
        clock.setClock(Fixtures.noonInLondon(day));
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
                .body("items[0].title", startsWith("Brief "));
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
        // Acknowledged again when due today, it comes back once more when overdue.
        given().contentType(ContentType.JSON)
                .body(Map.of("note", "Moved to Tuesday"))
                .post("/api/v1/alerts/" + id + "/acknowledge")
                .then()
                .statusCode(200)
                .body("acknowledged.severity", equalTo("DUE_TODAY"));
        alerts(stakeholder).body("totalItems", equalTo(0));
        today(START.plusDays(8));
        alerts(stakeholder).body("items.id", hasItem(id)).body("items[0].severity", equalTo("OVERDUE"));
        given().queryParam("entityType", "alert")
                .queryParam("entityId", id)
                .get("/api/v1/audit")
                .then()
                .body("items.changes.note.to", hasItem("Briefing booked for Monday"));
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
        today(START.plusDays(13));
        alerts(stakeholder).body("items.id", contains(id));
        today(START.plusDays(12));
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
                // Titles that name the task: the follow-up's text; the meeting's time in London and its people.
                .body(
                        "items.find { it.kind == 'FOLLOW_UP_DUE' }.title",
                        startsWith("Send letter (follow-up with Term Ending"))
                .body(
                        "items.find { it.kind == 'MEETING_PREP_DUE' }.title",
                        allOf(
                                startsWith("Prepare the briefing pack for the meeting with Term Ending"),
                                endsWith(" on Sat 7 Mar at 10:00")))
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
    void aCompletedPlanOrOnePastItsEndDateRaisesNothing() {
        String[] completed = planned(Fixtures.teamMember("STAFF"));
        Fixtures.moveTo(completed[1], "COMPLETED").statusCode(200);
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Ended"));
        Map<String, Object> plan = Fixtures.plan(stakeholder, Fixtures.teamMember("STAFF"));
        plan.put("startDate", START.toString());
        plan.put("endDate", START.plusDays(40).toString());
        plan.put("briefingCadenceDays", 7);
        Fixtures.moveTo(Fixtures.createPlan(plan), "ACTIVE").statusCode(200);
        today(START.plusDays(40));
        alerts(completed[0]).body("totalItems", equalTo(0));
        alerts(stakeholder).body("items.kind", hasItem("BRIEFING_DUE"));
        today(START.plusDays(41));
        alerts(stakeholder).body("totalItems", equalTo(0));
    }

    @Test
    void anArchivedStakeholderRaisesNoPlanOrTermAlerts() {
        String stakeholder = Fixtures.stakeholder(Map.of(
                "firstName",
                "Archived",
                "lastName",
                Fixtures.unique("Member"),
                "termEndDate",
                START.plusDays(30).toString()));
        Map<String, Object> plan = Fixtures.plan(stakeholder, Fixtures.teamMember("STAFF"));
        plan.put("startDate", START.toString());
        plan.put("briefingCadenceDays", 20);
        Fixtures.moveTo(Fixtures.createPlan(plan), "ACTIVE").statusCode(200);
        today(START.plusDays(29));
        alerts(stakeholder).body("items.kind", hasItem("TERM_ENDING")).body("items.kind", hasItem("BRIEFING_DUE"));
        given().post("/api/v1/stakeholders/" + stakeholder + "/archive").then().statusCode(200);
        alerts(stakeholder).body("totalItems", equalTo(0));
    }

    @Test
    void aBriefingOnAnotherPolicyAreaDoesNotClear() {
        String stakeholder = planned(Fixtures.teamMember("STAFF"))[0];
        today(START.plusDays(20));
        Map<String, Object> briefing = Fixtures.meeting(stakeholder);
        briefing.put("type", "BRIEFING");
        briefing.put("policyAreas", List.of("transport"));
        briefing.put("startsAt", START.plusDays(19) + "T10:00:00Z");
        Fixtures.logInteraction(briefing);
        alerts(stakeholder)
                .body(
                        "items.find { it.kind == 'BRIEFING_DUE' }.dueDate",
                        equalTo(START.plusDays(7).toString()))
                .body("items.find { it.kind == 'BRIEFING_DUE' }.severity", equalTo("OVERDUE"))
                // It was still a contact: the contact alert moved.
                .body("items.kind", not(hasItem("CONTACT_DUE")));
    }

    /**
     * A meeting booked today for tomorrow is due for preparation today, not overdue since yesterday: the preparation is
     * never due before the day the meeting was scheduled, or rescheduled.
     */
    @Test
    void aMeetingBookedAtShortNoticeIsDueForPreparationFromTheDayItWasBooked() {
        Person member = Fixtures.person("EDITOR");
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Short notice"));
        today(START.plusDays(10));
        Map<String, Object> meeting = Fixtures.meeting(stakeholder);
        meeting.put("status", "SCHEDULED");
        meeting.put("startsAt", START.plusDays(11) + "T10:00:00Z");
        meeting.put("attendeeIds", List.of(member.id()));
        String id = Fixtures.logInteraction(meeting);
        alerts(stakeholder)
                .body("items.kind", contains("MEETING_PREP_DUE"))
                .body("items[0].dueDate", equalTo(START.plusDays(10).toString()))
                .body("items[0].severity", equalTo("DUE_TODAY"));
        // Moved a week later two days on: due the lead time before its new day.
        today(START.plusDays(12));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("startsAt", START.plusDays(18) + "T10:00:00Z"))
                .patch("/api/v1/interactions/" + id)
                .then()
                .statusCode(200);
        alerts(stakeholder).body("items[0].dueDate", equalTo(START.plusDays(16).toString()));
        // Moved again to the next morning: due today, the day of the change.
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"1\"")
                .body(Map.of("startsAt", START.plusDays(13) + "T09:00:00Z"))
                .patch("/api/v1/interactions/" + id)
                .then()
                .statusCode(200);
        alerts(stakeholder)
                .body("items[0].dueDate", equalTo(START.plusDays(12).toString()))
                .body("items[0].severity", equalTo("DUE_TODAY"));
    }

    @Test
    void aMeetingAlreadyPastRaisesNoPrepAlert() {
        Person member = Fixtures.person("EDITOR");
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Met"));
        Map<String, Object> meeting = Fixtures.meeting(stakeholder);
        meeting.put("status", "SCHEDULED");
        meeting.put("startsAt", START.plusDays(3) + "T10:00:00Z");
        meeting.put("attendeeIds", List.of(member.id()));
        today(START);
        Fixtures.logInteraction(meeting);
        today(START.plusDays(3).minusDays(1));
        alerts(stakeholder).body("items.kind", contains("MEETING_PREP_DUE"));
        // 09:00 London on the meeting's day: still ahead, and overdue for its pack.
        clock.setClock(Clock.fixed(
                ZonedDateTime.of(START.plusDays(3).atTime(9, 0), AppClock.LONDON)
                        .toInstant(),
                AppClock.LONDON));
        alerts(stakeholder).body("items[0].severity", equalTo("OVERDUE"));
        // 10:01 UTC: it has started, so there is nothing left to prepare.
        clock.setClock(Clock.fixed(
                ZonedDateTime.of(START.plusDays(3).atTime(10, 1), java.time.ZoneOffset.UTC)
                        .toInstant(),
                AppClock.LONDON));
        alerts(stakeholder).body("totalItems", equalTo(0));
    }

    /**
     * London days across the clock changes of 2026 (29 March, 25 October): an interaction late in the UTC evening
     * counts for the next London day in summer and the same day in winter, and "today" turns at London midnight.
     */
    @Test
    void daysAreLondonDaysAcrossTheClockChanges() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Clocks"));
        Map<String, Object> plan = Fixtures.plan(stakeholder, Fixtures.teamMember("STAFF"));
        plan.put("policyAreas", List.of("housing"));
        plan.put("briefingCadenceDays", 7);
        plan.put("contactCadenceDays", 90);
        plan.put("startDate", "2026-03-01");
        Fixtures.moveTo(Fixtures.createPlan(plan), "ACTIVE").statusCode(200);

        // 23:30 UTC on Saturday 28 March is 23:30 GMT: London day 28 March, so due on 4 April.
        Map<String, Object> briefing = Fixtures.meeting(stakeholder);
        briefing.put("type", "BRIEFING");
        briefing.put("policyAreas", List.of("housing"));
        briefing.put("startsAt", "2026-03-28T23:30:00Z");
        Fixtures.logInteraction(briefing);
        today(LocalDate.of(2026, 3, 30));
        alerts(stakeholder).body("items.find { it.kind == 'BRIEFING_DUE' }.dueDate", equalTo("2026-04-04"));
        // 23:30 UTC on Sunday 29 March is 00:30 BST on Monday 30 March: due on 6 April.
        briefing.put("startsAt", "2026-03-29T23:30:00Z");
        Fixtures.logInteraction(briefing);
        alerts(stakeholder)
                .body("items.find { it.kind == 'BRIEFING_DUE' }.lastDone", equalTo("2026-03-30"))
                .body("items.find { it.kind == 'BRIEFING_DUE' }.dueDate", equalTo("2026-04-06"));
        // In summer time "today" turns at 23:00 UTC: 22:30 UTC on 5 April is still the 5th, 23:30 UTC the 6th.
        at("2026-04-05T22:30:00Z");
        alerts(stakeholder).body("items.find { it.kind == 'BRIEFING_DUE' }.severity", equalTo("UPCOMING"));
        at("2026-04-05T23:30:00Z");
        alerts(stakeholder).body("items.find { it.kind == 'BRIEFING_DUE' }.severity", equalTo("DUE_TODAY"));

        // Autumn: 23:30 UTC on Saturday 24 October is 00:30 BST on Sunday 25 October, so due on 1 November.
        at("2026-10-26T12:00:00Z");
        briefing.put("startsAt", "2026-10-24T23:30:00Z");
        Fixtures.logInteraction(briefing);
        // After the clocks went back, 23:30 UTC is 23:30 GMT: 31 October still, then 1 November due today.
        at("2026-10-31T23:30:00Z");
        alerts(stakeholder)
                .body("items.find { it.kind == 'BRIEFING_DUE' }.lastDone", equalTo("2026-10-25"))
                .body("items.find { it.kind == 'BRIEFING_DUE' }.dueDate", equalTo("2026-11-01"))
                .body("items.find { it.kind == 'BRIEFING_DUE' }.severity", equalTo("UPCOMING"));
        at("2026-11-01T23:30:00Z");
        alerts(stakeholder).body("items.find { it.kind == 'BRIEFING_DUE' }.severity", equalTo("DUE_TODAY"));
        at("2026-11-02T00:30:00Z");
        alerts(stakeholder).body("items.find { it.kind == 'BRIEFING_DUE' }.severity", equalTo("OVERDUE"));
    }

    private void at(String instant) {
        clock.setClock(Clock.fixed(java.time.Instant.parse(instant), AppClock.LONDON));
    }

    @Test
    void anOwnersAlertsAreCountedWhicheverPageIsAsked() {
        String owner = Fixtures.teamMember("STAFF");
        for (int i = 0; i < 3; i++) {
            planned(owner);
        }
        today(START.plusDays(6));
        // An owner's alerts are counted with the page (count(*) over ()); a page past the end is counted on its own.
        for (int page = 0; page <= 3; page++) {
            given().queryParam("ownerId", owner)
                    .queryParam("size", 2)
                    .queryParam("page", page)
                    .get("/api/v1/alerts")
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(3))
                    .body("totalPages", equalTo(2))
                    .body("items.size()", equalTo(page == 0 ? 2 : page == 1 ? 1 : 0))
                    .body("items.kind", org.hamcrest.Matchers.everyItem(equalTo("BRIEFING_DUE")));
        }
        given().queryParam("ownerId", Fixtures.teamMember("STAFF"))
                .get("/api/v1/alerts")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0))
                .body("items.size()", equalTo(0));
    }

    @Test
    @SendsBadInput
    void theOrderIsFixed() {
        given().queryParam("sort", "dueDate").get("/api/v1/alerts").then().statusCode(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCsvListsTheSameAlertsAsTheJsonFieldForField() {
        String owner = Fixtures.teamMember("STAFF");
        planned(owner);
        planned(owner);
        today(START.plusDays(40));
        String acknowledged = given().queryParam("ownerId", owner)
                .get("/api/v1/alerts")
                .then()
                .extract()
                .path("items[0].id");
        given().contentType(ContentType.JSON)
                .body(Map.of("note", "On it"))
                .post("/api/v1/alerts/" + acknowledged + "/acknowledge")
                .then()
                .statusCode(200);
        for (Map<String, ?> query : List.of(
                Map.of("ownerId", owner),
                Map.of("ownerId", owner, "includeAcknowledged", true),
                Map.of("ownerId", owner, "kind", "CONTACT_DUE"))) {
            ListsAsCsv.assertCsvMatchesJson("/api/v1/alerts", query, item -> {
                Map<String, String> expected = new java.util.HashMap<>();
                for (String field : List.of(
                        "id", "kind", "severity", "dueDate", "title", "policyArea", "lastDone", "snoozedUntil")) {
                    expected.put(field, ListsAsCsv.cell(item.get(field)));
                }
                expected.put("stakeholderIds", String.join(";", (List<String>) item.get("stakeholderIds")));
                expected.put("ownerIds", String.join(";", (List<String>) item.get("ownerIds")));
                Map<String, Object> ack = (Map<String, Object>) item.get("acknowledged");
                expected.put("acknowledgedAt", ack == null ? "" : ListsAsCsv.cell(ack.get("at")));
                return expected;
            });
        }
        org.assertj.core.api.Assertions.assertThat(given().accept("text/csv")
                        .queryParam("ownerId", owner)
                        .queryParam("includeAcknowledged", true)
                        .get("/api/v1/alerts")
                        .asString())
                .contains(acknowledged);
    }
}
