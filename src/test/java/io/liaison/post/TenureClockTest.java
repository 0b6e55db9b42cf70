package io.liaison.post;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.liaison.common.time.AppClock;
import io.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Current" is decided by the London date of the application clock, which tests can move. */
@QuarkusTest
class TenureClockTest {

    @Inject
    AppClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void setToday(LocalDate day) {
        clock.setClock(Fixtures.noonInLondon(day));
    }

    @Test
    void aTenureIsCurrentFromItsStartUntilTheDayBeforeItsEnd() {
        String org = Fixtures.organisation(Fixtures.unique("Clock Council"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String holder = Fixtures.stakeholder(Fixtures.unique("Holder"));
        Fixtures.appoint(post, holder, LocalDate.parse("2026-05-11"), LocalDate.parse("2030-05-09"));

        setToday(LocalDate.of(2026, 5, 10));
        given().get("/api/v1/posts/" + post).then().body("currentHolder", equalTo(null));
        given().get("/api/v1/stakeholders/" + holder).then().body("pastPosts[0].postId", equalTo(post));

        setToday(LocalDate.of(2026, 5, 11));
        given().get("/api/v1/posts/" + post).then().body("currentHolder.stakeholderId", equalTo(holder));
        given().queryParam("organisationId", org)
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", contains(holder));

        setToday(LocalDate.of(2030, 5, 8));
        given().get("/api/v1/posts/" + post).then().body("currentHolder.stakeholderId", equalTo(holder));

        setToday(LocalDate.of(2030, 5, 9));
        given().get("/api/v1/posts/" + post).then().body("currentHolder", equalTo(null));
        given().queryParam("organisationId", org)
                .get("/api/v1/stakeholders")
                .then()
                .body("totalItems", equalTo(0));
        given().queryParam("organisationId", org)
                .queryParam("vacant", true)
                .get("/api/v1/posts")
                .then()
                .body("items.id", contains(post));
    }

    @Test
    void appointingAnUnknownOrArchivedStakeholderIs422() {
        String org = Fixtures.organisation(Fixtures.unique("Unknown Holder Council"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        given().contentType(ContentType.JSON)
                .body(Map.of("stakeholderId", "7d1c7a4e-0000-4000-8000-0000000000aa", "startDate", "2026-05-11"))
                .post("/api/v1/posts/" + post + "/tenures")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("stakeholderId"));
        String archived = Fixtures.stakeholder(Fixtures.unique("Archived"));
        given().post("/api/v1/stakeholders/" + archived + "/archive").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("stakeholderId", archived, "startDate", "2026-05-11"))
                .post("/api/v1/posts/" + post + "/tenures")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("stakeholderId"));
    }

    @Test
    void anUnknownPostIs404ForItsTenures() {
        given().get("/api/v1/posts/7d1c7a4e-0000-4000-8000-0000000000bb/tenures")
                .then()
                .statusCode(404);
    }
}
