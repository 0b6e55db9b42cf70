package io.liaison.me;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.liaison.common.time.AppClock;
import io.liaison.support.Fixtures;
import io.liaison.support.Fixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "What is due for me this week" in one call, and who I am to the API. */
@QuarkusTest
class MeResourceTest {

    /** A Wednesday: this week runs from Monday 15 to Sunday 21 June 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 17);

    @Inject
    AppClock clock;

    private Person appointee;
    private String leader;
    private String borough;
    private String roundtable;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * The appointee attends a call on Monday (done), a cancelled meeting on Tuesday, the Housing roundtable on
     * Thursday at 10:00 (booked today, its pack not ready: a MEETING_PREP_DUE alert due today) and a meeting next
     * Tuesday (to be prepared by Sunday); they owe a follow-up due last week (overdue), one due on Friday and one in July, and did one.
     */
    @BeforeEach
    void week() {
        clock.setClock(Fixtures.noonInLondon(TODAY));
        appointee = Fixtures.person("APPOINTEE");
        borough = Fixtures.unique("Agenda Borough");
        leader = Fixtures.stakeholder(
                Map.of("firstName", "Morgan", "lastName", Fixtures.unique("Examplewood"), "party", "Labour"));
        Fixtures.appoint(
                Fixtures.post(Fixtures.organisation(borough), "Leader", "COUNCIL_LEADER"), leader, TODAY.minusYears(1));
        Map<String, Object> call = interaction("CALL", "COMPLETED", TODAY.minusDays(2), 9);
        call.put(
                "followUps",
                List.of(
                        followUp("Send the housing note", TODAY.plusDays(2)),
                        followUp("Chase the estate figures", TODAY.minusDays(7)),
                        followUp("Book a July visit", TODAY.plusDays(20))));
        Fixtures.logInteraction(call);
        Fixtures.logInteraction(interaction("MEETING", "CANCELLED", TODAY.minusDays(1), 10));
        Map<String, Object> meeting = interaction("MEETING", "SCHEDULED", TODAY.plusDays(1), 10);
        meeting.put("title", "Housing roundtable");
        meeting.put("location", "City Hall, Room 4");
        roundtable = Fixtures.logInteraction(meeting);
        Fixtures.logInteraction(interaction("MEETING", "SCHEDULED", TODAY.plusDays(6), 15));
    }

    private Map<String, Object> interaction(String type, String status, LocalDate day, int hour) {
        Map<String, Object> body = new HashMap<>(Fixtures.meeting(leader));
        body.put("type", type);
        body.put("status", status);
        body.put(
                "startsAt",
                ZonedDateTime.of(day, LocalTime.of(hour, 0), AppClock.LONDON)
                        .toOffsetDateTime()
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        body.put("attendeeIds", List.of(appointee.id()));
        return body;
    }

    private Map<String, Object> followUp(String text, LocalDate due) {
        return Map.of("description", text, "assigneeId", appointee.id(), "dueDate", due.toString());
    }

    private ValidatableResponse agenda(Map<String, ?> query) {
        return given().header("Authorization", "Bearer " + appointee.token())
                .queryParams(query)
                .get("/api/v1/me/agenda")
                .then()
                .statusCode(200);
    }

    @Test
    void thisWeeksAgendaInOneCallWithOverdueWorkShownToday() {
        agenda(Map.of())
                .body("teamMemberId", equalTo(appointee.id()))
                .body("from", equalTo("2026-06-15"))
                .body("to", equalTo("2026-06-21"))
                .body("today", equalTo(TODAY.toString()))
                .body("items.kind", contains("INTERACTION", "FOLLOW_UP", "ALERT", "INTERACTION", "FOLLOW_UP", "ALERT"))
                .body(
                        "items.day",
                        contains("2026-06-15", "2026-06-17", "2026-06-17", "2026-06-18", "2026-06-19", "2026-06-21"))
                // Monday's call, untitled: named by its type and stakeholder.
                .body("items[0].title", containsString("Call with Morgan Examplewood"))
                .body("items[0].interactionStatus", equalTo("COMPLETED"))
                // Overdue work is on today, saying so.
                .body("items[1].title", equalTo("Chase the estate figures"))
                .body("items[1].dueDate", equalTo("2026-06-10"))
                .body("items[1].overdue", equalTo(true))
                // Thursday's roundtable, booked today, is to be prepared today (not since Tuesday).
                .body("items[2].alertKind", equalTo("MEETING_PREP_DUE"))
                .body("items[2].interactionId", equalTo(roundtable))
                .body("items[2].dueDate", equalTo(TODAY.toString()))
                .body("items[2].overdue", equalTo(false))
                // Thursday's roundtable with its time and who the stakeholder is today.
                .body("items[3].title", equalTo("Housing roundtable"))
                .body("items[3].startsAt", equalTo("2026-06-18T09:00:00Z"))
                .body("items[3].location", equalTo("City Hall, Room 4"))
                .body("items[3].onlineMeetingUrl", org.hamcrest.Matchers.nullValue())
                .body("items[3].stakeholders[0].id", equalTo(leader))
                .body("items[3].stakeholders[0].party", equalTo("Labour"))
                .body("items[3].stakeholders[0].posts", contains("Leader, " + borough))
                .body("items[4].title", equalTo("Send the housing note"))
                .body("items[4].overdue", equalTo(false))
                .body("items[4].followUpId", org.hamcrest.Matchers.notNullValue())
                // Next Tuesday's meeting is to be prepared by Sunday: this week's work.
                .body("items[5].alertKind", equalTo("MEETING_PREP_DUE"))
                .body("items[5].dueDate", equalTo("2026-06-21"));
    }

    @Test
    void aRangeWithoutTodayShowsOnlyWhatFallsInIt() {
        agenda(Map.of("from", "2026-06-22"))
                .body("to", equalTo("2026-06-28"))
                .body("items.kind", contains("INTERACTION"))
                .body("items[0].day", equalTo("2026-06-23"));
        agenda(Map.of("from", "2026-06-15", "to", "2026-07-31"))
                .body("items.title", org.hamcrest.Matchers.hasItem("Book a July visit"));
    }

    @Test
    void aRescheduledMeetingMovesOnTheAgenda() {
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "startsAt",
                        ZonedDateTime.of(TODAY.plusDays(8), LocalTime.of(11, 0), AppClock.LONDON)
                                .toOffsetDateTime()
                                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)))
                .patch("/api/v1/interactions/" + roundtable)
                .then()
                .statusCode(200);
        agenda(Map.of())
                .body("items.interactionId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(roundtable)));
        agenda(Map.of("from", "2026-06-22"))
                .body(
                        "items.find { it.kind == 'INTERACTION' && it.interactionId == '" + roundtable + "' }.day",
                        equalTo(TODAY.plusDays(8).toString()));
    }

    @Test
    void theAgendaAsCsvForASpreadsheet() {
        String csv = given().header("Authorization", "Bearer " + appointee.token())
                .accept("text/csv")
                .get("/api/v1/me/agenda")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("day,startsAt,kind,title,stakeholders,dueDate,overdue,interactionType,interactionId,"
                        + "followUpId,alertId,alertKind,location,onlineMeetingUrl");
        assertThat(lines).hasSize(7);
        assertThat(lines.get(4))
                .startsWith("2026-06-18,2026-06-18T09:00:00Z,INTERACTION,Housing roundtable,")
                .contains("Morgan Examplewood", "Leader, " + borough + " / Labour")
                .endsWith(",\"City Hall, Room 4\",");
    }

    @Test
    void myAlertsAsCsv() {
        String csv = given().header("Authorization", "Bearer " + appointee.token())
                .accept("text/csv")
                .get("/api/v1/alerts/mine")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,kind,severity,dueDate,title,");
        assertThat(csv).contains("MEETING_PREP_DUE", "Chase the estate figures");
    }

    @Test
    void whoIAmAndWhatIMayDo() {
        given().header("Authorization", "Bearer " + appointee.token())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("role", equalTo("APPOINTEE"))
                .body("teamMember.id", equalTo(appointee.id()))
                .body("caller", equalTo("jwt:" + appointee.email()))
                .body("permissions", contains("READ", "LOG_OWN_ENGAGEMENT", "HANDLE_OWN_ALERTS"));
        // The suite's ADMIN token belongs to no team member: it has no agenda.
        given().get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("role", equalTo("ADMIN"))
                .body("teamMember", nullValue())
                .body(
                        "permissions",
                        contains("READ", "WRITE_RECORDS", "LOG_OWN_ENGAGEMENT", "HANDLE_OWN_ALERTS", "ADMINISTER"));
        given().get("/api/v1/me/agenda").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aBackwardOrTooLongRangeIsRefusedNamingTo() {
        given().header("Authorization", "Bearer " + appointee.token())
                .queryParams(Map.of("from", "2026-06-15", "to", "2026-06-14"))
                .get("/api/v1/me/agenda")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("to"));
        given().header("Authorization", "Bearer " + appointee.token())
                .queryParams(Map.of("from", "2026-01-01", "to", "2026-12-31"))
                .get("/api/v1/me/agenda")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("to"));
    }
}
