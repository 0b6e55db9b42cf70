package io.liaison.stakeholder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.liaison.support.Fixtures;
import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every stakeholder carries the days of their last contact, meeting and briefing, and the list filters and sorts on
 * them: "whom have we not met since March?" is one call.
 */
@QuarkusTest
class StakeholderLastContactTest {

    @Test
    void theLastDaysAreShownFilteredAndSortedOnWithoutMovingTheVersion() {
        String stem = Fixtures.unique("Recency");
        String metInFebruary = Fixtures.stakeholder(stem + " Alpha");
        String neverContacted = Fixtures.stakeholder(stem + " Bravo");
        String metInMay = Fixtures.stakeholder(stem + " Charlie");
        String createdAt = given().get("/api/v1/stakeholders/" + metInFebruary)
                .then()
                .extract()
                .path("updatedAt");

        log(metInFebruary, "BRIEFING", "2026-01-15T10:00:00Z", List.of("housing"));
        log(metInFebruary, "MEETING", "2026-02-01T10:00:00Z", List.of());
        log(metInFebruary, "CALL", "2026-03-10T10:00:00Z", List.of());
        log(metInMay, "VISIT", "2026-05-01T09:00:00+01:00", List.of());

        var read = given().get("/api/v1/stakeholders/" + metInFebruary)
                .then()
                .statusCode(200)
                .body("lastContactOn", equalTo("2026-03-10"))
                .body("lastMeetingOn", equalTo("2026-02-01"))
                .body("lastBriefingOn", equalTo("2026-01-15"))
                // Logging moved the record's updatedAt, for a sync, but not its version: an edit begun before it
                // still saves.
                .body("version", equalTo(0))
                .header("ETag", equalTo("\"0\""));
        assertThat(OffsetDateTime.parse(read.extract().<String>path("updatedAt")))
                .isAfter(OffsetDateTime.parse(createdAt));
        given().get("/api/v1/stakeholders/" + neverContacted)
                .then()
                .body("lastContactOn", nullValue())
                .body("lastMeetingOn", nullValue())
                .body("lastBriefingOn", nullValue());

        given().queryParam("q", stem)
                .queryParam("notMetSince", "2026-03-01")
                .queryParam("sort", "lastMeetingOn")
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(200)
                // never met first, then the longest ago
                .body("items.id", contains(neverContacted, metInFebruary));
        given().queryParam("q", stem)
                .queryParam("notContactedSince", "2026-03-01")
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", contains(neverContacted));
        given().queryParam("q", stem)
                .queryParam("sort", "-lastContactOn")
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", contains(metInMay, metInFebruary, neverContacted));
        given().queryParam("q", stem)
                .queryParam("sort", "lastContactOn")
                .accept("text/csv")
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(200)
                .body(containsString("updatedAt,lastContactOn,lastMeetingOn,lastBriefingOn"))
                .body(containsString(",2026-03-10,2026-02-01,2026-01-15"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("notes", "Keen on the estate programme"))
                .patch("/api/v1/stakeholders/" + metInFebruary)
                .then()
                .statusCode(200);
    }

    @Test
    @SendsBadInput
    void aDayThatIsNoDateIs400NamingTheFilter() {
        given().queryParam("notMetSince", "March")
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("notMetSince"));
    }

    private static void log(String stakeholder, String type, String startsAt, List<String> areas) {
        Map<String, Object> body = Fixtures.meeting(stakeholder);
        body.put("type", type);
        body.put("startsAt", startsAt);
        body.put("policyAreas", areas);
        Fixtures.logInteraction(body);
    }
}
