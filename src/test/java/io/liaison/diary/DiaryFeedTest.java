package io.liaison.diary;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.liaison.support.DefaultCaller;
import io.liaison.support.Fixtures;
import io.liaison.support.Fixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DiaryFeedTest {

    private Person member;
    private String stakeholder;

    @BeforeEach
    void aMember() {
        member = Fixtures.person("APPOINTEE");
        stakeholder = Fixtures.stakeholder(Fixtures.unique("Diarised"));
        Fixtures.assign(stakeholder, member.id(), "LEAD");
    }

    private String rotate(String token) {
        return given().header("Authorization", "Bearer " + token)
                .post("/api/v1/team-members/" + member.id() + "/diary-feed/secret")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(true))
                .body("rotatedBy", equalTo("jwt:" + member.email()))
                .body("url", matchesPattern("http://[^/]+/api/v1/diary-feeds/cal_[A-Za-z0-9_-]{43}"))
                .extract()
                .path("url");
    }

    private static String feed(String url) {
        return given().header("Authorization", DefaultCaller.ANONYMOUS)
                .get(url)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .extract()
                .asString();
    }

    private String meeting(String status, OffsetDateTime startsAt, boolean attended, String title) {
        Map<String, Object> body = Fixtures.meeting(stakeholder);
        body.put("status", status);
        body.put("startsAt", startsAt.withNano(0).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        body.put("title", title);
        body.put("summary", "Private words about " + title);
        body.put("classification", "OFFICIAL_SENSITIVE");
        if (attended) {
            body.put("attendeeIds", List.of(member.id()));
        }
        return Fixtures.logInteraction(body);
    }

    @Test
    void theFeedHoldsTheMembersMeetingsAndAlertDueDates() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String upcoming = meeting("SCHEDULED", now.plusDays(5), true, "Housing round table");
        String recent = meeting("COMPLETED", now.minusDays(10), true, "Recent visit");
        meeting("COMPLETED", now.minusDays(40), true, "Long ago");
        meeting("SCHEDULED", now.plusDays(6), false, "Not mine");
        String cancelled = meeting("SCHEDULED", now.plusDays(7), true, "Called off");
        given().header("If-Match", "\"0\"")
                .put("/api/v1/interactions/" + cancelled + "/cancellation")
                .then()
                .statusCode(200);
        Map<String, Object> withFollowUp = Fixtures.meeting(stakeholder);
        withFollowUp.put(
                "followUps",
                List.of(
                        Map.of(
                                "description",
                                "Send the letter",
                                "assigneeId",
                                member.id(),
                                "dueDate",
                                LocalDate.now().plusDays(3).toString()),
                        Map.of(
                                "description",
                                "Return the call",
                                "assigneeId",
                                member.id(),
                                "dueDate",
                                LocalDate.now().minusDays(2).toString())));
        Fixtures.logInteraction(withFollowUp);

        String text = feed(rotate(member.token()));
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        Map<String, VEvent> byUid = events.stream()
                .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), e -> e));
        assertThat(byUid.keySet())
                .contains(upcoming + "@interaction.liaison", recent + "@interaction.liaison")
                .hasSize(5); // the two meetings, the two follow-ups' alerts and the upcoming meeting's prep alert
        VEvent round = byUid.get(upcoming + "@interaction.liaison");
        assertThat(round.getSummary().getValue()).isEqualTo("Housing round table");
        assertThat(round.getProperty(Property.DTSTART).orElseThrow().getValue()).endsWith("Z");
        Set<String> summaries =
                events.stream().map(e -> e.getSummary().getValue()).collect(Collectors.toSet());
        assertThat(summaries).anyMatch(s -> s.startsWith("[UPCOMING] Follow-up due"));
        VEvent followUp = events.stream()
                .filter(e -> e.getSummary().getValue().startsWith("[UPCOMING] Follow-up due"))
                .findFirst()
                .orElseThrow();
        assertThat(followUp.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(LocalDate.now().plusDays(3).toString().replace("-", ""));
        // The overdue follow-up is on today, where a calendar shows it, not on its due day.
        VEvent overdue = events.stream()
                .filter(e -> e.getSummary().getValue().startsWith("[OVERDUE] Follow-up due"))
                .findFirst()
                .orElseThrow();
        assertThat(overdue.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(LocalDate.now().toString().replace("-", ""));
        // Titles and times only: no interaction content, no follow-up text leaves through a URL without a token.
        assertThat(text)
                .doesNotContain("Private words")
                .doesNotContain("Send the letter")
                .doesNotContain("Return the");
    }

    @Test
    void rotatingTheSecretRetiresTheOldUrlAndTurningItOffRetiresBoth() {
        given().header("Authorization", "Bearer " + member.token())
                .get("/api/v1/team-members/" + member.id() + "/diary-feed")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));
        String first = rotate(member.token());
        feed(first);
        String second = rotate(member.token());
        feed(second);
        given().header("Authorization", DefaultCaller.ANONYMOUS)
                .get(first)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer " + member.token())
                .get("/api/v1/team-members/" + member.id() + "/diary-feed")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(true))
                .body("url", nullValue());
        given().header("Authorization", "Bearer " + member.token())
                .delete("/api/v1/team-members/" + member.id() + "/diary-feed")
                .then()
                .statusCode(204);
        given().header("Authorization", DefaultCaller.ANONYMOUS)
                .get(second)
                .then()
                .statusCode(404);
        given().header("Authorization", DefaultCaller.ANONYMOUS)
                .get("/api/v1/diary-feeds/not-a-secret")
                .then()
                .statusCode(404);
        given().queryParam("entityType", "diary_feed")
                .queryParam("entityId", member.id())
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3));
    }

    @Test
    void onlyTheMemberOrAnAdminManagesTheirFeed() {
        Person other = Fixtures.person("EDITOR");
        given().header("Authorization", "Bearer " + other.token())
                .post("/api/v1/team-members/" + member.id() + "/diary-feed/secret")
                .then()
                .statusCode(403);
        given().header("Authorization", "Bearer " + other.token())
                .get("/api/v1/team-members/" + member.id() + "/diary-feed")
                .then()
                .statusCode(403);
        // The default caller is an ADMIN.
        given().post("/api/v1/team-members/" + member.id() + "/diary-feed/secret")
                .then()
                .statusCode(200);
    }
}
