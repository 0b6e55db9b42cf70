package io.liaison.briefingpack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.liaison.common.time.AppClock;
import io.liaison.support.Fixtures;
import io.liaison.support.Fixtures.Person;
import io.liaison.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BriefingPackTest {

    private static final LocalDate START = LocalDate.of(2026, 5, 4);

    @Inject
    AppClock clock;

    private Person lead;
    private String leader;
    private String other;
    private String meeting;
    private final List<String> logged = new ArrayList<>();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Today is START + 20. A council leader (LEAD owner: an appointee) has a plan from START asking for housing
     * and transport every 21 days, six completed interactions (the newest sensitive, one a housing briefing), a
     * cancelled one, an open and a done follow-up; a meeting with them and a second stakeholder is on START + 25.
     */
    @BeforeEach
    void aScheduledMeeting() {
        clock.setClock(Clock.fixed(
                ZonedDateTime.of(START.plusDays(20).atTime(12, 0), AppClock.LONDON)
                        .toInstant(),
                AppClock.LONDON));
        lead = Fixtures.person("APPOINTEE");
        leader = Fixtures.stakeholder(
                Map.of("firstName", "Pat", "lastName", Fixtures.unique("Aleader"), "party", "Party One"));
        other = Fixtures.stakeholder(Fixtures.unique("Zother"));
        String organisation = Fixtures.organisation(Fixtures.unique("Pack Council"));
        Fixtures.appoint(Fixtures.post(organisation, "Leader", "COUNCIL_LEADER"), leader, START.minusYears(2));
        Fixtures.assign(leader, lead.id(), "LEAD");
        Map<String, Object> plan = Fixtures.plan(leader, lead.id());
        plan.put("policyAreas", List.of("housing", "transport"));
        plan.put("briefingCadenceDays", 21);
        plan.put("startDate", START.toString());
        plan.put("objectives", "Agree a joint housing delivery plan");
        plan.put(
                "milestones",
                List.of(Map.of(
                        "title",
                        "Joint statement",
                        "dueDate",
                        START.plusDays(40).toString())));
        Fixtures.moveTo(Fixtures.createPlan(plan), "ACTIVE").statusCode(200);

        for (int day = 1; day <= 6; day++) {
            Map<String, Object> done = Fixtures.meeting(leader);
            done.put("startsAt", START.plusDays(day) + "T10:00:00Z");
            done.put("summary", "Contact on day " + day);
            if (day == 2) {
                done.put("type", "BRIEFING");
                done.put("policyAreas", List.of("housing"));
            }
            if (day == 6) {
                done.put("classification", "OFFICIAL_SENSITIVE");
                done.put("summary", "Sensitive day 6");
                done.put(
                        "followUps",
                        List.of(
                                Map.of(
                                        "description",
                                        "Send the draft statement",
                                        "assigneeId",
                                        lead.id(),
                                        "dueDate",
                                        START.plusDays(22).toString()),
                                Map.of(
                                        "description",
                                        "Already done",
                                        "assigneeId",
                                        lead.id(),
                                        "dueDate",
                                        START.plusDays(10).toString())));
            }
            logged.add(Fixtures.logInteraction(done));
        }
        Map<String, Object> cancelled = Fixtures.meeting(leader);
        cancelled.put("status", "CANCELLED");
        cancelled.put("startsAt", START.plusDays(7) + "T10:00:00Z");
        Fixtures.logInteraction(cancelled);
        String doneFollowUp = given().get("/api/v1/interactions/" + logged.get(5))
                .then()
                .extract()
                .path("followUps.find { it.description == 'Already done' }.id");
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "DONE"))
                .patch("/api/v1/follow-ups/" + doneFollowUp)
                .then()
                .statusCode(200);

        Map<String, Object> scheduled = Fixtures.meeting(other, leader);
        scheduled.put("status", "SCHEDULED");
        scheduled.put("startsAt", START.plusDays(25) + "T09:00:00Z");
        scheduled.put("attendeeIds", List.of(lead.id()));
        scheduled.put("briefingPackReady", false);
        meeting = Fixtures.logInteraction(scheduled);
    }

    @Test
    void everythingTheAttendeeMustKnowInOneCall() {
        Map<String, Object> later = Fixtures.meeting(leader);
        later.put("status", "SCHEDULED");
        later.put("startsAt", START.plusDays(30) + "T14:00:00Z");
        later.put("location", "City Hall");
        String next = Fixtures.logInteraction(later);
        given().get("/api/v1/interactions/" + meeting + "/briefing-pack")
                .then()
                .statusCode(200)
                // Who owns the relationship, by name; the council and its political control; the days of the last
                // meeting and briefing; their next meeting after this one.
                .body("stakeholders[0].owners.role", contains("LEAD"))
                .body("stakeholders[0].owners[0].teamMemberId", equalTo(lead.id()))
                .body("stakeholders[0].owners[0].teamMemberName", notNullValue())
                .body("stakeholders[0].organisations.name", contains(containsString("Pack Council")))
                .body("stakeholders[0].organisations[0]", hasKey("politicalControl"))
                .body(
                        "stakeholders[0].stakeholder.lastMeetingOn",
                        equalTo(START.plusDays(6).toString()))
                .body(
                        "stakeholders[0].stakeholder.lastBriefingOn",
                        equalTo(START.plusDays(2).toString()))
                .body("stakeholders[0].nextInteraction.id", equalTo(next))
                .body("stakeholders[0].nextInteraction.location", equalTo("City Hall"))
                .body("stakeholders[0].historyNote", nullValue())
                // Nothing with the second stakeholder yet, said plainly.
                .body("stakeholders[1].historyNote", equalTo("No history with this person yet"))
                .body("stakeholders[1].nextInteraction", nullValue())
                .body("stakeholders[1].owners", hasSize(0))
                .body("meeting.id", equalTo(meeting))
                .body("meetingDay", equalTo(START.plusDays(25).toString()))
                .body("stakeholders.stakeholder.id", contains(leader, other))
                .body("stakeholders[0].stakeholder.party", equalTo("Party One"))
                .body("stakeholders[0].stakeholder.currentPosts[0].title", equalTo("Leader"))
                // The last five completed, newest first: not the oldest, not the cancelled one.
                .body("stakeholders[0].recentInteractions", hasSize(5))
                .body(
                        "stakeholders[0].recentInteractions.id",
                        contains(logged.get(5), logged.get(4), logged.get(3), logged.get(2), logged.get(1)))
                .body("stakeholders[0].openFollowUps.description", contains("Send the draft statement"))
                .body("stakeholders[0].openFollowUps[0].assigneeId", equalTo(lead.id()))
                .body("stakeholders[0].openFollowUps[0].assigneeName", notNullValue())
                // Housing was briefed on day 2 (due day 23, before the meeting on day 25); transport never (due
                // day 21). Both are due by the meeting.
                .body("stakeholders[0].policyAreasDue.policyArea", contains("transport", "housing"))
                // Statuses are for today (day 20): both still upcoming, though due before the meeting.
                .body("stakeholders[0].policyAreasDue.status", contains("UPCOMING", "UPCOMING"))
                .body(
                        "stakeholders[0].policyAreasDue[0].nextDue",
                        equalTo(START.plusDays(21).toString()))
                .body(
                        "stakeholders[0].policyAreasDue[1].nextDue",
                        equalTo(START.plusDays(23).toString()))
                .body("stakeholders[0].plan.objectives", equalTo("Agree a joint housing delivery plan"))
                .body("stakeholders[0].plan.milestones[0].title", equalTo("Joint statement"))
                .body("stakeholders[1].recentInteractions", hasSize(0))
                .body("stakeholders[1].plan", nullValue())
                .body("stakeholders[1].policyAreasDue", hasSize(0));
    }

    @Test
    void areasDueAfterTheMeetingAreLeftOut() {
        Map<String, Object> briefing = Fixtures.meeting(leader);
        briefing.put("type", "BRIEFING");
        briefing.put("policyAreas", List.of("transport"));
        briefing.put("startsAt", START.plusDays(19) + "T10:00:00Z");
        Fixtures.logInteraction(briefing);
        given().get("/api/v1/interactions/" + meeting + "/briefing-pack")
                .then()
                .statusCode(200)
                .body("stakeholders[0].policyAreasDue.policyArea", contains("housing"));
    }

    @Test
    void sensitiveContentIsRedactedForTheCaller() {
        given().header("Authorization", "Bearer " + lead.token())
                .get("/api/v1/interactions/" + meeting + "/briefing-pack")
                .then()
                .statusCode(200)
                .body("stakeholders[0].recentInteractions[0].summary", equalTo("Sensitive day 6"));
        given().header(
                        "Authorization",
                        "Bearer " + Tokens.jwt("outsider-" + UUID.randomUUID() + "@example.org", "REPORTER"))
                .get("/api/v1/interactions/" + meeting + "/briefing-pack")
                .then()
                .statusCode(200)
                .body("stakeholders[0].recentInteractions[0].redacted", equalTo(true))
                .body("stakeholders[0].recentInteractions[0].summary", nullValue())
                .body("stakeholders[0].recentInteractions[1].summary", equalTo("Contact on day 5"));
    }

    @Test
    void aPrintablePageRedactsAsTheJsonDoesAndAllowsOnlyItsOwnStyles() {
        io.restassured.response.Response page = given().header("Authorization", "Bearer " + lead.token())
                .accept("text/html")
                .get("/api/v1/interactions/" + meeting + "/briefing-pack");
        page.then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Pat Aleader"))
                .body(containsString("Sensitive day 6"))
                .body(containsString("Send the draft statement"))
                .body(containsString("Agree a joint housing delivery plan"));
        List<String> policies = page.headers().getValues("Content-Security-Policy");
        assertThat(policies).hasSize(1);
        String nonce = page.asString().replaceAll("(?s).*<style nonce=\"([^\"]+)\".*", "$1");
        assertThat(policies.get(0))
                .isEqualTo("default-src 'none'; style-src 'nonce-" + nonce + "'; frame-ancestors 'none'");

        String outsider = Tokens.jwt("outsider-" + UUID.randomUUID() + "@example.org", "REPORTER");
        given().header("Authorization", "Bearer " + outsider)
                .accept("text/html")
                .get("/api/v1/interactions/" + meeting + "/briefing-pack")
                .then()
                .statusCode(200)
                .body(not(containsString("Sensitive day 6")))
                .body(containsString("summary withheld"))
                .body(containsString("Contact on day 5"));
    }

    @Test
    void aPdfOfTheSamePageIsARealPdfRedactedAlike() throws Exception {
        // A control character pasted into a summary is legal in JSON and in the database, not in XML: the PDF shows it
        // as a replacement character rather than failing.
        Map<String, Object> pasted = Fixtures.meeting(leader);
        pasted.put("startsAt", START.plusDays(7) + "T10:00:00Z");
        pasted.put("summary", "Pasted\u000Bfrom a document for Łukasz Żółć");
        Fixtures.logInteraction(pasted);
        String outsider = Tokens.jwt("outsider-" + UUID.randomUUID() + "@example.org", "REPORTER");
        io.restassured.response.Response pdf = given().header("Authorization", "Bearer " + outsider)
                .accept("application/pdf")
                .get("/api/v1/interactions/" + meeting + "/briefing-pack");
        pdf.then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("briefing-pack-" + meeting + ".pdf"));
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.asByteArray())) {
            assertThat(document.getNumberOfPages()).isBetween(1, 2);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            // Names beyond Latin-1 print as themselves: the PDF embeds a font that has them.
            assertThat(text).contains("Pat Aleader", "Contact on day 5", "summary withheld", "Pasted", "Łukasz Żółć");
            assertThat(text).doesNotContain("Sensitive day 6");
        }
    }

    @Test
    void onlyForScheduledInteractions() {
        given().get("/api/v1/interactions/" + logged.get(0) + "/briefing-pack")
                .then()
                .statusCode(409)
                .contentType(ContentType.fromContentType("application/problem+json"))
                .body("detail", not(equalTo(null)));
        given().get("/api/v1/interactions/" + UUID.randomUUID() + "/briefing-pack")
                .then()
                .statusCode(404);
    }
}
