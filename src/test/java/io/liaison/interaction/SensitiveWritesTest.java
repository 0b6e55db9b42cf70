package io.liaison.interaction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.liaison.common.time.AppClock;
import io.liaison.support.Fixtures;
import io.liaison.support.Fixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whoever may not read an OFFICIAL_SENSITIVE interaction's text may not change it: what a redacted record sends back
 * for it is ignored when null, anything else is 403 naming each such field. Nobody but ADMIN adds themselves to a
 * meeting already held, and an APPOINTEE's change is held to the rule their POST is.
 */
@QuarkusTest
class SensitiveWritesTest {

    private String secret;
    private String stakeholder;
    private String interaction;
    private Person outsider;

    @Inject
    AppClock clock;

    @BeforeEach
    void logASensitiveMeeting() {
        secret = "secret-" + UUID.randomUUID().toString().substring(0, 8);
        stakeholder = Fixtures.stakeholder(Fixtures.unique("Sensitive"));
        Map<String, Object> body = Fixtures.meeting(stakeholder);
        body.put("classification", "OFFICIAL_SENSITIVE");
        body.put("summary", "Summary " + secret);
        body.put("outcome", "Outcome " + secret);
        body.put("decisions", "Decisions " + secret);
        interaction = Fixtures.logInteraction(body);
        outsider = Fixtures.person("EDITOR");
    }

    /** The record as the caller reads it, ready to be sent back with PUT. */
    private Map<String, Object> readBack(Person reader) {
        Map<String, Object> read = given().header("Authorization", "Bearer " + reader.token())
                .get("/api/v1/interactions/" + interaction)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        Map<String, Object> body = new HashMap<>();
        for (String field :
                List.of("type", "status", "startsAt", "endsAt", "title", "summary", "outcome", "decisions")) {
            body.put(field, read.get(field));
        }
        body.put("stakeholderIds", List.of(stakeholder));
        body.put("attendeeIds", List.of());
        body.put("classification", read.get("classification"));
        return body;
    }

    private ValidatableResponse put(Person who, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + who.token())
                .header("If-Match", "\"" + version() + "\"")
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/interactions/" + interaction)
                .then();
    }

    private ValidatableResponse patch(Person who, Map<String, Object> patch) {
        return given().header("Authorization", "Bearer " + who.token())
                .header("If-Match", "\"" + version() + "\"")
                .contentType("application/merge-patch+json")
                .body(patch)
                .patch("/api/v1/interactions/" + interaction)
                .then();
    }

    private int version() {
        return given().get("/api/v1/interactions/" + interaction)
                .then()
                .extract()
                .path("version");
    }

    private void textIsIntact() {
        given().get("/api/v1/interactions/" + interaction)
                .then()
                .statusCode(200)
                .body("summary", equalTo("Summary " + secret))
                .body("outcome", equalTo("Outcome " + secret))
                .body("decisions", equalTo("Decisions " + secret))
                .body("classification", equalTo("OFFICIAL_SENSITIVE"));
    }

    @Test
    void savingARedactedRecordBackKeepsTheTextItDidNotShow() {
        Map<String, Object> body = readBack(outsider);
        assertThat(body.get("summary")).isNull();
        body.put("title", "Retitled by someone who could not read it");
        put(outsider, body).statusCode(200).body("redacted", equalTo(true)).body("summary", nullValue());
        textIsIntact();
        given().get("/api/v1/interactions/" + interaction)
                .then()
                .body("title", equalTo("Retitled by someone who could not read it"));
    }

    @Test
    void aRedactedCopySavedBySomeoneWhoMayNowReadItIsRefusedAsStale() {
        String withheld = given().header("Authorization", "Bearer " + outsider.token())
                .get("/api/v1/interactions/" + interaction)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        Map<String, Object> body = readBack(outsider);
        body.put("title", "Saved from a redacted copy");
        // While they still may not read it, the ETag of their redacted read is theirs to send.
        given().header("Authorization", "Bearer " + outsider.token())
                .header("If-Match", withheld)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/interactions/" + interaction)
                .then()
                .statusCode(200);
        String stale = given().header("Authorization", "Bearer " + outsider.token())
                .get("/api/v1/interactions/" + interaction)
                .then()
                .extract()
                .header("ETag");
        // Made an owner since, they may read the text now: the nulls of the copy they hold would clear it.
        Fixtures.assign(stakeholder, outsider.id(), "SUPPORT");
        given().header("Authorization", "Bearer " + outsider.token())
                .header("If-Match", stale)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/interactions/" + interaction)
                .then()
                .statusCode(412);
        textIsIntact();
    }

    @Test
    void aClassificationLeftOutIsKeptForWhoeverCannotReadIt() {
        Map<String, Object> body = readBack(outsider);
        body.remove("classification");
        put(outsider, body).statusCode(200);
        textIsIntact();
    }

    @Test
    void changingHiddenTextIsRefusedNamingEveryField() {
        Map<String, Object> body = readBack(outsider);
        body.put("summary", "Overwritten");
        body.put("decisions", "Overwritten");
        put(outsider, body)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("summary", "decisions"));
        patch(outsider, Map.of("outcome", "Overwritten"))
                .statusCode(403)
                .body("violations.field", containsInAnyOrder("outcome"));
        patch(outsider, Map.of("classification", "OFFICIAL"))
                .statusCode(403)
                .body("violations.field", containsInAnyOrder("classification"));
        textIsIntact();
    }

    @Test
    void aPatchThatLeavesTheTextAloneSucceedsAndKeepsIt() {
        patch(outsider, Map.of("title", "Patched blind")).statusCode(200).body("title", equalTo("Patched blind"));
        Map<String, Object> nulls = new HashMap<>();
        nulls.put("summary", null);
        patch(outsider, nulls).statusCode(200);
        textIsIntact();
    }

    @Test
    void whoeverMayReadTheTextMayStillChangeIt() {
        Person owner = Fixtures.person("EDITOR");
        Fixtures.assign(stakeholder, owner.id(), "LEAD");
        patch(owner, Map.of("summary", "Rewritten by its owner", "classification", "OFFICIAL"))
                .statusCode(200)
                .body("summary", equalTo("Rewritten by its owner"));
    }

    /**
     * Logs a meeting as it was scheduled two hours ago, when its start (an hour ago) still lay ahead: a SCHEDULED one
     * must be booked in its future.
     */
    private String scheduledBeforeItStarted(Map<String, Object> body) {
        clock.setClock(Clock.offset(Clock.systemUTC(), Duration.ofHours(-2)));
        try {
            return Fixtures.logInteraction(body);
        } finally {
            clock.setClock(Clock.systemUTC());
        }
    }

    /** A SCHEDULED OFFICIAL_SENSITIVE meeting that began an hour ago: one that may be completed now. */
    private Map<String, Object> startedSensitiveMeeting() {
        Map<String, Object> body = Fixtures.meeting(stakeholder);
        body.put("status", "SCHEDULED");
        body.put(
                "startsAt",
                OffsetDateTime.now()
                        .minusHours(1)
                        .withNano(0)
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        body.put("classification", "OFFICIAL_SENSITIVE");
        return body;
    }

    @Test
    void completingWithHiddenTextIsRefusedToWhoeverCannotReadIt() {
        Map<String, Object> body = startedSensitiveMeeting();
        body.put("outcome", "Outcome " + secret);
        String scheduled = scheduledBeforeItStarted(body);
        given().header("Authorization", "Bearer " + outsider.token())
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", "Overwritten", "summary", "Overwritten"))
                .put("/api/v1/interactions/" + scheduled + "/completion")
                .then()
                .statusCode(403)
                .body("violations.field", containsInAnyOrder("summary", "outcome"));
        given().header("Authorization", "Bearer " + outsider.token())
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of())
                .put("/api/v1/interactions/" + scheduled + "/completion")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"));
        given().get("/api/v1/interactions/" + scheduled).then().body("outcome", equalTo("Outcome " + secret));
    }

    @Test
    void nobodyButAdminAddsThemselvesToAMeetingAlreadyHeld() {
        patch(outsider, Map.of("attendeeIds", List.of(outsider.id())))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("attendeeIds[0]"))
                .body("summary", nullValue());
        given().get("/api/v1/interactions/" + interaction).then().body("attendees.size()", equalTo(0));
        // Someone else may be added, by an editor who was not there either.
        Person colleague = Fixtures.person("EDITOR");
        patch(outsider, Map.of("attendeeIds", List.of(colleague.id()))).statusCode(200);
        // ADMIN may correct the record with anyone, themselves included.
        given().header("If-Match", "\"" + version() + "\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("attendeeIds", List.of(colleague.id(), outsider.id())))
                .patch("/api/v1/interactions/" + interaction)
                .then()
                .statusCode(200)
                .body("attendees.size()", equalTo(2));
    }

    @Test
    void nobodyButAdminAddsThemselvesToACancelledMeetingOrOneTheyComplete() {
        Map<String, Object> body = startedSensitiveMeeting();
        String scheduled = scheduledBeforeItStarted(body);
        // Completed and joined in one change: they were not there either.
        Map<String, Object> completedAndJoined = new HashMap<>(body);
        completedAndJoined.put("status", "COMPLETED");
        completedAndJoined.put("attendeeIds", List.of(outsider.id()));
        completedAndJoined.remove("summary"); // withheld from them: left out, as a redacted read gives it
        given().header("Authorization", "Bearer " + outsider.token())
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(completedAndJoined)
                .put("/api/v1/interactions/" + scheduled)
                .then()
                .statusCode(403)
                .body("violations.field", containsInAnyOrder("attendeeIds[0]"));
        given().header("If-Match", "\"0\"")
                .put("/api/v1/interactions/" + scheduled + "/cancellation")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + outsider.token())
                .header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("attendeeIds", List.of(outsider.id())))
                .patch("/api/v1/interactions/" + scheduled)
                .then()
                .statusCode(403);
        given().get("/api/v1/interactions/" + scheduled).then().body("attendees.size()", equalTo(0));
    }

    @Test
    void loggingYourOwnCompletedMeetingStaysAllowed() {
        Map<String, Object> body = Fixtures.meeting(stakeholder);
        body.put("attendeeIds", List.of(outsider.id()));
        given().header("Authorization", "Bearer " + outsider.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/interactions")
                .then()
                .statusCode(201);
    }

    @Test
    void anAppointeeCannotMoveAnInteractionToAStakeholderTheyDoNotOwn() {
        Person appointee = Fixtures.person("APPOINTEE");
        String owned = Fixtures.stakeholder(Fixtures.unique("Owned"));
        String alsoOwned = Fixtures.stakeholder(Fixtures.unique("AlsoOwned"));
        String notOwned = Fixtures.stakeholder(Fixtures.unique("NotOwned"));
        Fixtures.assign(owned, appointee.id(), "LEAD");
        Fixtures.assign(alsoOwned, appointee.id(), "SUPPORT");
        Map<String, Object> body = Fixtures.meeting(owned);
        body.put("attendeeIds", List.of(appointee.id()));
        String mine = Fixtures.logInteraction(body);

        given().header("Authorization", "Bearer " + appointee.token())
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("stakeholderIds", List.of(notOwned)))
                .patch("/api/v1/interactions/" + mine)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        body.put("stakeholderIds", List.of(owned, notOwned));
        given().header("Authorization", "Bearer " + appointee.token())
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/interactions/" + mine)
                .then()
                .statusCode(403);
        given().get("/api/v1/interactions/" + mine)
                .then()
                .body("version", equalTo(0))
                .body("stakeholders.id", containsInAnyOrder(owned));
        // Moving it between stakeholders they own is theirs to do.
        given().header("Authorization", "Bearer " + appointee.token())
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("stakeholderIds", List.of(owned, alsoOwned)))
                .patch("/api/v1/interactions/" + mine)
                .then()
                .statusCode(200)
                .body("stakeholders.id", containsInAnyOrder(owned, alsoOwned));
    }
}
