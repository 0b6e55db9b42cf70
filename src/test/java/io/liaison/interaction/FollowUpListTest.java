package io.liaison.interaction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.liaison.common.time.AppClock;
import io.liaison.support.Fixtures;
import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The office-wide follow-up list, and a follow-up's change as a change to its interaction for a sync. */
@QuarkusTest
class FollowUpListTest {

    @Inject
    AppClock clock;

    @AfterEach
    void realTime() {
        clock.setClock(Clock.systemUTC());
    }

    @Test
    void theOfficeListShowsEveryAssigneesFollowUpsWithFiltersAndCsv() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Actions"));
        String firstName = Fixtures.unique("Minute Taker");
        String first = Fixtures.teamMember(firstName, "STAFF");
        String second = Fixtures.teamMember("STAFF");
        Map<String, Object> meeting = Fixtures.meeting(stakeholder);
        meeting.put(
                "followUps",
                List.of(
                        Map.of("description", "Send the minutes", "assigneeId", first, "dueDate", "2026-12-10"),
                        Map.of("description", "Book the site visit", "assigneeId", second, "dueDate", "2026-12-20")));
        String interaction = Fixtures.logInteraction(meeting);

        given().queryParam("stakeholderId", stakeholder)
                .get("/api/v1/follow-ups")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.description", contains("Send the minutes", "Book the site visit"))
                .body("items[0].interactionId", equalTo(interaction))
                // the assignee by name beside the id
                .body("items[0].assigneeName", equalTo(firstName));
        given().queryParam("stakeholderId", stakeholder)
                .queryParam("assigneeId", second)
                .get("/api/v1/follow-ups")
                .then()
                .body("items.description", contains("Book the site visit"));
        given().queryParam("interactionId", interaction)
                .queryParam("dueBy", "2026-12-15")
                .get("/api/v1/follow-ups")
                .then()
                .body("items.description", contains("Send the minutes"));
        given().queryParam("interactionId", interaction)
                .queryParam("sort", "-dueDate")
                .accept("text/csv")
                .get("/api/v1/follow-ups")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(
                        startsWith(
                                "id,interactionId,description,assigneeId,assigneeName,dueDate,status,doneAt,createdAt,updatedAt"))
                .body(containsString("Book the site visit"));
    }

    @Test
    @SendsBadInput
    void aDayThatIsNoDateIs400NamingTheFilter() {
        given().queryParam("dueBy", "soon")
                .get("/api/v1/follow-ups")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("dueBy"));
    }

    @Test
    void markingAFollowUpDoneMovesItsInteractionsUpdatedAtButNotItsVersion() {
        clock.setClock(Fixtures.noonInLondon(LocalDate.of(2026, 11, 2)));
        String assignee = Fixtures.teamMember("STAFF");
        Map<String, Object> meeting = Fixtures.meeting(Fixtures.stakeholder(Fixtures.unique("Synced")));
        meeting.put("startsAt", "2026-11-01T10:00:00Z");
        meeting.put(
                "followUps",
                List.of(Map.of("description", "Write to the leader", "assigneeId", assignee, "dueDate", "2026-11-09")));
        Map<String, Object> logged = Fixtures.loggedInteraction(meeting);
        String interaction = (String) logged.get("id");
        String followUp = given().queryParam("interactionId", interaction)
                .get("/api/v1/follow-ups")
                .then()
                .extract()
                .path("items[0].id");

        clock.setClock(Fixtures.noonInLondon(LocalDate.of(2026, 11, 5)));
        String since = "2026-11-04";
        String timeline = "/api/v1/stakeholders/" + ((List<?>) meeting.get("stakeholderIds")).get(0) + "/interactions";
        given().queryParam("updatedSince", since).get(timeline).then().body("totalItems", equalTo(0));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "DONE"))
                .patch("/api/v1/follow-ups/" + followUp)
                .then()
                .statusCode(200);

        // An analyst syncing interactions by updatedSince sees the change…
        given().queryParam("updatedSince", since).get(timeline).then().body("items.id", contains(interaction));
        // …and one syncing follow-ups sees it done, office-wide.
        given().queryParam("updatedSince", since)
                .queryParam("interactionId", interaction)
                .get("/api/v1/follow-ups")
                .then()
                .body("items.status", contains("DONE"));
        // Whoever holds the interaction's ETag from before may still save it: its version did not move.
        var read = given().get("/api/v1/interactions/" + interaction).then().statusCode(200);
        read.header("ETag", equalTo("\"0\""));
        Instant updatedAt =
                OffsetDateTime.parse(read.extract().<String>path("updatedAt")).toInstant();
        assertThat(updatedAt)
                .isAfter(OffsetDateTime.parse((String) logged.get("updatedAt")).toInstant());
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("outcome", "Agreed to meet again"))
                .patch("/api/v1/interactions/" + interaction)
                .then()
                .statusCode(200);
    }
}
