package io.liaison.interaction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.liaison.common.time.AppClock;
import io.liaison.support.Fixtures;
import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class InteractionResourceTest {

    @Inject
    AppClock clock;

    @AfterEach
    void realTime() {
        clock.setClock(Clock.systemUTC());
    }

    @Test
    void logsAMeetingWithDecisionsAndFollowUpsInOneCall() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Met"));
        String attendee = Fixtures.teamMember("DEPUTY_MAYOR");
        Map<String, Object> body = Fixtures.meeting(stakeholder);
        body.put("attendeeIds", List.of(attendee));
        body.put("policyAreas", List.of("housing"));
        body.put("decisions", "Joint bid for funding");
        body.put("startsAt", "2026-06-10T10:00:00+01:00");
        body.put("location", "  Hackney Town Hall  ");
        body.put("onlineMeetingUrl", "https://teams.microsoft.com/l/meetup-join/19%3Ameeting");
        body.put(
                "followUps",
                List.of(Map.of("description", "Send the bid draft", "assigneeId", attendee, "dueDate", "2026-06-20")));
        String id = Fixtures.logInteraction(body);
        given().get("/api/v1/interactions/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("startsAt", equalTo("2026-06-10T10:00:00+01:00"))
                .body("location", equalTo("Hackney Town Hall"))
                .body("onlineMeetingUrl", equalTo("https://teams.microsoft.com/l/meetup-join/19%3Ameeting"))
                .body("stakeholders[0].id", equalTo(stakeholder))
                .body("stakeholders[0].name", startsWith("Test Met"))
                .body("attendees[0].id", equalTo(attendee))
                .body("decisions", equalTo("Joint bid for funding"))
                .body("classification", equalTo("OFFICIAL"))
                .body("redacted", equalTo(false))
                .body("followUps[0].description", equalTo("Send the bid draft"))
                .body("followUps[0].status", equalTo("OPEN"));
        given().get("/api/v1/team-members/" + attendee + "/follow-ups")
                .then()
                .body("items.description", contains("Send the bid draft"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "stakeholderIds|[]|400",
                "stakeholderIds|[\"7d1c7a4e-0000-4000-8000-0000000000c1\"]|422",
                "attendeeIds|[\"7d1c7a4e-0000-4000-8000-0000000000c2\"]|422",
                "planId|\"7d1c7a4e-0000-4000-8000-0000000000c3\"|422",
                "policyAreas|[\"astrology\"]|422",
                "type|\"SEANCE\"|400",
                "startsAt|\"next tuesday\"|400",
                "classification|\"SECRET\"|400",
                "onlineMeetingUrl|\"ftp://files.example.org/minutes\"|400",
            })
    @SendsBadInput
    void rejectsBadInteractions(String field, String json, int status) throws Exception {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Bad"));
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "type",
                "CALL",
                "status",
                "COMPLETED",
                "startsAt",
                "2026-01-05T10:00:00Z",
                "stakeholderIds",
                List.of(stakeholder)));
        body.put(field, new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Object.class));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/interactions")
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("violations[0].field", startsWith(field));
    }

    @Test
    void aScheduledInteractionMustLieInTheFutureWhenItsStartOrStatusIsSet() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Scheduled"));
        Map<String, Object> past = Fixtures.meeting(stakeholder);
        past.put("status", "SCHEDULED");
        given().contentType(ContentType.JSON)
                .body(past)
                .post("/api/v1/interactions")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("startsAt"))
                .body("violations[0].message", containsString("log one that has taken place as COMPLETED"));

        Map<String, Object> ahead = Fixtures.meeting(stakeholder);
        ahead.put("status", "SCHEDULED");
        ahead.put("startsAt", OffsetDateTime.now().plusDays(3).withNano(0).toString());
        String id = Fixtures.logInteraction(ahead);
        // Rescheduling into the past is refused as creating there is…
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "startsAt",
                        OffsetDateTime.now().minusHours(2).withNano(0).toString()))
                .patch("/api/v1/interactions/" + id)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("startsAt"));
        // …while an edit that leaves the start and status alone is not checked (a meeting not yet marked done may
        // still be edited after its day).
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Estate regeneration"))
                .patch("/api/v1/interactions/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void referencesAreCheckedInTheRequestsOrderEachAgainstItsOwnKind() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Refs"));
        String member = Fixtures.teamMember("STAFF");
        Map<String, Object> body = Fixtures.meeting(stakeholder);
        // A stakeholder's id is no team member's: the second attendee is unknown, and named before the areas.
        body.put("attendeeIds", List.of(member, stakeholder));
        body.put("policyAreas", List.of("housing", "zodiac", "astrology"));
        post(body)
                .statusCode(422)
                .body("violations[0].field", equalTo("attendeeIds[1]"))
                .body("detail", containsString("team member " + stakeholder + " does not exist"));
        body.put("attendeeIds", List.of(member));
        post(body)
                .statusCode(422)
                .body("violations[0].field", equalTo("policyAreas"))
                .body("detail", containsString("unknown policy area codes: astrology, zodiac; known codes: "))
                // the known ones, so the caller can correct the request at once
                .body("detail", containsString("housing"));
        // And a team member's id is no stakeholder's.
        body.put("policyAreas", List.of("housing"));
        body.put("stakeholderIds", List.of(stakeholder, member));
        post(body).statusCode(422).body("violations[0].field", equalTo("stakeholderIds[1]"));
        body.put("stakeholderIds", List.of(stakeholder));
        post(body).statusCode(201).body("attendees.id", contains(member)).body("policyAreas", contains("housing"));
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/interactions")
                .then();
    }

    @Test
    void aCompletedInteractionCannotStartInTheFutureNorEndBeforeItStarts() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Future"));
        Map<String, Object> future = Fixtures.meeting(stakeholder);
        future.put(
                "startsAt",
                OffsetDateTime.now().plusDays(2).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        given().contentType(ContentType.JSON)
                .body(future)
                .post("/api/v1/interactions")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("startsAt"));
        Map<String, Object> backwards = Fixtures.meeting(stakeholder);
        backwards.put("startsAt", "2026-03-01T10:00:00Z");
        backwards.put("endsAt", "2026-03-01T09:00:00Z");
        given().contentType(ContentType.JSON)
                .body(backwards)
                .post("/api/v1/interactions")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("endsAt"));
    }

    @Test
    void archivedStakeholdersCannotGetNewInteractions() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Archived"));
        given().post("/api/v1/stakeholders/" + stakeholder + "/archive").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Fixtures.meeting(stakeholder))
                .post("/api/v1/interactions")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("stakeholderIds[0]"));
    }

    @Test
    void schedulesThenReschedulesThenCompletesWithOutcome() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Scheduled"));
        Map<String, Object> body = Fixtures.meeting(stakeholder);
        body.put("status", "SCHEDULED");
        body.put(
                "startsAt",
                OffsetDateTime.now()
                        .plusDays(7)
                        .withNano(0)
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        body.put("briefingPackReady", false);
        String id = Fixtures.logInteraction(body);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{}")
                .put("/api/v1/interactions/" + id + "/completion")
                .then()
                .statusCode(409);
        String sooner = OffsetDateTime.now()
                .plusHours(2)
                .withNano(0)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("startsAt", sooner))
                .patch("/api/v1/interactions/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SCHEDULED"));
        // Three hours on, the meeting has taken place.
        clock.setClock(Clock.offset(Clock.systemUTC(), java.time.Duration.ofHours(3)));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("outcome", "Agreed to co-host", "decisions", "Joint event in July"))
                .put("/api/v1/interactions/" + id + "/completion")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("outcome", equalTo("Agreed to co-host"));
        given().header("If-Match", "\"2\"")
                .put("/api/v1/interactions/" + id + "/cancellation")
                .then()
                .statusCode(409);
    }

    @Test
    @SendsBadInput
    void cancelsAScheduledInteraction() {
        Map<String, Object> body = Fixtures.meeting(Fixtures.stakeholder(Fixtures.unique("Cancelled")));
        body.put("status", "SCHEDULED");
        body.put(
                "startsAt",
                OffsetDateTime.now()
                        .plusDays(3)
                        .withNano(0)
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        String id = Fixtures.logInteraction(body);
        given().put("/api/v1/interactions/" + id + "/cancellation").then().statusCode(428);
        given().header("If-Match", "\"0\"")
                .put("/api/v1/interactions/" + id + "/cancellation")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    private static String meetingAt(String stakeholder, String startsAt) {
        Map<String, Object> body = Fixtures.meeting(stakeholder);
        body.put("startsAt", startsAt);
        return Fixtures.logInteraction(body);
    }

    @Test
    void aPostsTimelineFollowsItsHoldersAcrossAnElection() {
        String org = Fixtures.organisation(Fixtures.unique("Timeline Council"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String before = Fixtures.stakeholder(Fixtures.unique("Before"));
        String after = Fixtures.stakeholder(Fixtures.unique("After"));
        Fixtures.appoint(post, before, LocalDate.parse("2022-05-01"), LocalDate.parse("2026-05-08"));
        Fixtures.appoint(post, after, LocalDate.parse("2026-05-08"));
        // Two posts of the organisation at once: the organisation's timeline still shows each interaction once.
        Fixtures.appoint(
                Fixtures.post(org, "Cabinet Member for Housing", "CABINET_MEMBER"),
                after,
                LocalDate.parse("2026-05-08"));
        String whileLeader = meetingAt(before, "2025-03-01T10:00:00Z");
        String afterElection = meetingAt(before, "2026-06-01T10:00:00Z");
        String successor = meetingAt(after, "2026-06-02T10:00:00Z");
        // Days are London dates: 7 May 23:30 and 8 May 00:30 in London are 22:30 and 23:30 UTC (BST). The tenure
        // ended on 8 May, the changeover day, which counts for the outgoing leader too: that day's meetings with
        // both leaders are the post's; the next day's with the outgoing one is not.
        String lastMinutes = meetingAt(before, "2026-05-07T22:30:00Z");
        String changeover = meetingAt(before, "2026-05-07T23:30:00Z");
        String firstMinutes = meetingAt(after, "2026-05-07T23:15:00Z");
        String dayAfter = meetingAt(before, "2026-05-08T23:30:00Z");

        given().get("/api/v1/posts/" + post + "/interactions")
                .then()
                .statusCode(200)
                .body("items.id", contains(successor, changeover, firstMinutes, lastMinutes, whileLeader));
        given().get("/api/v1/organisations/" + org + "/interactions")
                .then()
                .body("items.id", contains(successor, changeover, firstMinutes, lastMinutes, whileLeader))
                .body("totalItems", equalTo(5));
        // With another filter the list goes through the interactions themselves: the same answer.
        given().queryParam("type", "MEETING")
                .get("/api/v1/posts/" + post + "/interactions")
                .then()
                .body("items.id", contains(successor, changeover, firstMinutes, lastMinutes, whileLeader));
        given().queryParam("type", "MEETING")
                .get("/api/v1/organisations/" + org + "/interactions")
                .then()
                .body("items.id", contains(successor, changeover, firstMinutes, lastMinutes, whileLeader))
                .body("totalItems", equalTo(5));
        given().get("/api/v1/stakeholders/" + before + "/interactions")
                .then()
                .body("items.id", contains(afterElection, dayAfter, changeover, lastMinutes, whileLeader));
        // Moved back an hour, onto the changeover day, it is the post's too.
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("startsAt", "2026-05-08T22:30:00Z"))
                .patch("/api/v1/interactions/" + dayAfter)
                .then()
                .statusCode(200);
        given().get("/api/v1/posts/" + post + "/interactions")
                .then()
                .body("items.id", contains(successor, dayAfter, changeover, firstMinutes, lastMinutes, whileLeader));
        given().get("/api/v1/posts/7d1c7a4e-0000-4000-8000-0000000000d1/interactions")
                .then()
                .statusCode(404);
    }

    @Test
    void searchesTheOfficeWideLogWithFiltersAndFullText() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Searched"));
        String attendee = Fixtures.teamMember("STAFF");
        String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = Fixtures.meeting(stakeholder);
        body.put("type", "BRIEFING");
        body.put("summary", "Briefed on the " + word + " scheme for estates");
        body.put("attendeeIds", List.of(attendee));
        body.put("policyAreas", List.of("environment"));
        String id = Fixtures.logInteraction(body);
        Fixtures.logInteraction(Fixtures.meeting(stakeholder));

        given().queryParam("q", word).get("/api/v1/interactions").then().body("items.id", contains(id));
        given().queryParam("q", word + " -estates")
                .get("/api/v1/interactions")
                .then()
                .body("totalItems", equalTo(0));
        given().queryParam("stakeholderId", stakeholder)
                .queryParam("type", "BRIEFING")
                .get("/api/v1/interactions")
                .then()
                .body("items.id", contains(id));
        given().queryParam("attendeeId", attendee)
                .get("/api/v1/interactions")
                .then()
                .body("items.id", contains(id));
        given().queryParam("stakeholderId", stakeholder)
                .queryParam("policyArea", "environment")
                .get("/api/v1/interactions")
                .then()
                .body("items.id", contains(id));
        given().queryParam("stakeholderId", stakeholder)
                .queryParam("from", OffsetDateTime.now().plusDays(1).toInstant().toString())
                .get("/api/v1/interactions")
                .then()
                .body("totalItems", equalTo(0));
        String csv = given().accept("text/csv")
                .queryParam("stakeholderId", stakeholder)
                .get("/api/v1/interactions")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains(word);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyNeverLogsTwice() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Retried"));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.meeting(stakeholder);
        String first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/interactions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String retry = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/interactions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(retry).isEqualTo(first);
        given().get("/api/v1/stakeholders/" + stakeholder + "/interactions")
                .then()
                .body("totalItems", equalTo(1));
    }

    @Test
    void followUpsAreAddedLaterAndMarkedDone() {
        String id = Fixtures.logInteraction(Fixtures.meeting(Fixtures.stakeholder(Fixtures.unique("Actions"))));
        String assignee = Fixtures.teamMember("STAFF");
        String followUp = given().contentType(ContentType.JSON)
                .body(Map.of("description", "Write to the leader", "assigneeId", assignee, "dueDate", "2026-12-01"))
                .post("/api/v1/interactions/" + id + "/follow-ups")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "DONE"))
                .patch("/api/v1/follow-ups/" + followUp)
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("doneAt", org.hamcrest.Matchers.notNullValue());
        given().get("/api/v1/team-members/" + assignee + "/follow-ups").then().body("totalItems", equalTo(0));
        given().queryParam("entityType", "follow-up")
                .queryParam("entityId", followUp)
                .get("/api/v1/audit")
                .then()
                .body("items.action", contains("UPDATE", "CREATE"))
                .body("items[0].changes.status.from", equalTo("OPEN"))
                .body("items[0].changes.status.to", equalTo("DONE"));
        given().queryParam("status", "DONE")
                .get("/api/v1/team-members/" + assignee + "/follow-ups")
                .then()
                .body("items.id", contains(followUp));
        given().contentType(ContentType.JSON)
                .body(Map.of("description", "x", "assigneeId", UUID.randomUUID().toString(), "dueDate", "2026-12-01"))
                .post("/api/v1/interactions/" + id + "/follow-ups")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("assigneeId"));
        // A merge patch sent as plain application/json (what most HTTP clients send by default) is read as one too.
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("description", "Write to the leader and her chief executive"))
                .patch("/api/v1/follow-ups/" + followUp)
                .then()
                .statusCode(200)
                .body("description", equalTo("Write to the leader and her chief executive"))
                .body("status", equalTo("DONE"));
    }

    @Test
    void everyWriteIsAudited() {
        String id = Fixtures.logInteraction(Fixtures.meeting(Fixtures.stakeholder(Fixtures.unique("AuditedLog"))));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("outcome", "Follow-up meeting agreed"))
                .patch("/api/v1/interactions/" + id)
                .then()
                .statusCode(200);
        given().queryParam("entityType", "interaction")
                .queryParam("entityId", id)
                .get("/api/v1/audit")
                .then()
                .body("items.action", contains("UPDATE", "CREATE"))
                .body("items[0].changes.outcome.to", equalTo("Follow-up meeting agreed"));
    }

    @Test
    void aPlanMustBeForOneOfTheStakeholders() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Planned"));
        String other = Fixtures.stakeholder(Fixtures.unique("Other"));
        String plan = Fixtures.createPlan(Fixtures.plan(other, Fixtures.teamMember("STAFF")));
        Map<String, Object> body = Fixtures.meeting(stakeholder);
        body.put("planId", plan);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/interactions")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("planId"));
        body.put("stakeholderIds", List.of(stakeholder, other));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/interactions")
                .then()
                .statusCode(201)
                .body("planId", equalTo(plan))
                .body("stakeholders.id", hasItem(other))
                .body("summary", not(containsString("redacted")));
    }
}
