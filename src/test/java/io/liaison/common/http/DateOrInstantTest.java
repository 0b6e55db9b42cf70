package io.liaison.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.liaison.support.Fixtures;
import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The instant parameters (updatedSince, from, to) as a hurried user or a script sends them: a London date instead of
 * an instant, and an offset whose '+' was not encoded and arrives as a space.
 */
@QuarkusTest
class DateOrInstantTest {

    @Test
    void aDateStandsForTheStartOfItsLondonDayOrAsAnUpperBoundForItsEnd() {
        // British Summer Time: the London day starts at 23:00 UTC the evening before.
        assertThat(NamedParamConverters.instant("2026-10-15", false)).isEqualTo(Instant.parse("2026-10-14T23:00:00Z"));
        assertThat(NamedParamConverters.instant("2026-10-15", true)).isEqualTo(Instant.parse("2026-10-15T23:00:00Z"));
        // Greenwich Mean Time after the clocks go back.
        assertThat(NamedParamConverters.instant("2026-11-02", false)).isEqualTo(Instant.parse("2026-11-02T00:00:00Z"));
    }

    @Test
    void anOffsetWhosePlusArrivedAsASpaceIsReadAsThePlus() {
        Instant expected = Instant.parse("2026-10-01T08:00:00Z");
        assertThat(NamedParamConverters.instant("2026-10-01T09:00:00 01:00", false))
                .isEqualTo(expected);
        assertThat(NamedParamConverters.instant("2026-10-01T09:00 01:00", false))
                .isEqualTo(expected);
        assertThat(NamedParamConverters.instant("2026-10-01T09:00:00+01:00", false))
                .isEqualTo(expected);
        assertThat(NamedParamConverters.instant("2026-10-01T08:00:00Z", false)).isEqualTo(expected);
        assertThat(NamedParamConverters.instant("2026-10-01T07:00:00-01:00", false))
                .isEqualTo(expected);
    }

    @Test
    void interactionListsTakeLondonDates() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Dated"));
        Map<String, Object> late = Fixtures.meeting(stakeholder);
        late.put("startsAt", "2026-10-15T23:30:00+01:00"); // late on the 15th in London, the 15th at 22:30 UTC
        String id = Fixtures.logInteraction(late);
        Map<String, String> query = Map.of("stakeholderId", stakeholder);
        given().queryParams(query)
                .queryParam("from", "2026-10-15")
                .queryParam("to", "2026-10-15")
                .get("/api/v1/interactions")
                .then()
                .statusCode(200)
                .body("items.id", contains(id));
        given().queryParams(query)
                .queryParam("to", "2026-10-14")
                .get("/api/v1/interactions")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().queryParams(query)
                .queryParam("from", "2026-10-16")
                .get("/api/v1/stakeholders/" + stakeholder + "/interactions")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    @SendsBadInput // the '+' sent unencoded is not what the document's client would send
    void anUnencodedPlusInUpdatedSinceIsNotA400() {
        given().urlEncodingEnabled(false)
                .get("/api/v1/stakeholders?updatedSince=2026-01-01T09:00:00+01:00&size=1")
                .then()
                .statusCode(200);
        given().queryParam("updatedSince", "yesterday")
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("updatedSince"));
    }
}
