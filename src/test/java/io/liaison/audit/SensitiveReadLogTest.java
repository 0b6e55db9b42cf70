package io.liaison.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.liaison.support.Fixtures;
import io.liaison.support.Fixtures.Person;
import io.liaison.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every request that shows OFFICIAL_SENSITIVE text to someone who did not attend the interaction is recorded once
 * (reader, endpoint, time, the interactions), read-only requests and exports included, and ADMIN can list them.
 */
@QuarkusTest
class SensitiveReadLogTest {

    private String stakeholder;
    private String sensitive;
    private String official;
    private Person attendee;

    @BeforeEach
    void logTwoMeetings() {
        stakeholder = Fixtures.stakeholder(Fixtures.unique("Read"));
        attendee = Fixtures.person("EDITOR");
        Map<String, Object> body = Fixtures.meeting(stakeholder);
        body.put("classification", "OFFICIAL_SENSITIVE");
        body.put("attendeeIds", List.of(attendee.id()));
        sensitive = Fixtures.logInteraction(body);
        official = Fixtures.logInteraction(Fixtures.meeting(stakeholder));
    }

    private io.restassured.response.ValidatableResponse readsBy(Person reader) {
        return given().queryParam("readerTeamMemberId", reader.id())
                .get("/api/v1/audit/sensitive-reads")
                .then()
                .statusCode(200);
    }

    private void get(Person reader, String path) {
        given().header("Authorization", "Bearer " + reader.token())
                .get(path)
                .then()
                .statusCode(200);
    }

    @Test
    void anOwnersReadsAreRecordedOnceARequest() {
        Person owner = Fixtures.person("APPOINTEE");
        Fixtures.assign(stakeholder, owner.id(), "LEAD");
        get(owner, "/api/v1/interactions/" + sensitive);
        get(owner, "/api/v1/interactions/" + official);
        // A timeline page that shows it counts once, however the page is made up.
        get(owner, "/api/v1/stakeholders/" + stakeholder + "/interactions");
        readsBy(owner)
                .body("totalItems", equalTo(2))
                .body(
                        "items.endpoint",
                        containsInAnyOrder(
                                "GET /api/v1/stakeholders/" + stakeholder + "/interactions",
                                "GET /api/v1/interactions/" + sensitive))
                .body("items[0].interactionIds", contains(sensitive))
                .body("items[1].interactionIds", contains(sensitive))
                .body("items[0].reader", containsString(owner.email()));
    }

    @Test
    void anAttendeesAndARedactedReadersReadsAreNot() {
        get(attendee, "/api/v1/interactions/" + sensitive);
        readsBy(attendee).body("totalItems", equalTo(0));
        Person outsider = Fixtures.person("EDITOR");
        get(outsider, "/api/v1/interactions/" + sensitive);
        readsBy(outsider).body("totalItems", equalTo(0));
    }

    @Test
    void exportsAreRecordedWithTheInteractionsTheyShowed() {
        Person owner = Fixtures.person("REPORTER");
        Fixtures.assign(stakeholder, owner.id(), "SUPPORT");
        given().header("Authorization", "Bearer " + owner.token())
                .accept("text/csv")
                .queryParam("stakeholderId", stakeholder)
                .get("/api/v1/interactions")
                .then()
                .statusCode(200);
        readsBy(owner)
                .body("totalItems", equalTo(1))
                .body("items[0].endpoint", equalTo("GET /api/v1/interactions"))
                .body("items[0].interactionIds", contains(sensitive));
        given().header("Authorization", "Bearer " + owner.token())
                .accept("application/x-ndjson")
                .get("/api/v1/exports/office")
                .then()
                .statusCode(200);
        readsBy(owner)
                .body("totalItems", equalTo(2))
                .body("items[0].endpoint", equalTo("GET /api/v1/exports/office"))
                .body("items[0].interactionIds", hasItem(sensitive));
    }

    @Test
    void anAdminsReadsAreRecordedAndListedByInteraction() {
        String admin = Tokens.admin();
        given().header("Authorization", "Bearer " + admin)
                .get("/api/v1/interactions/" + sensitive)
                .then()
                .statusCode(200);
        given().queryParam("interactionId", sensitive)
                .get("/api/v1/audit/sensitive-reads")
                .then()
                .statusCode(200)
                .body("items.reader", hasItem("jwt:test-admin@example.org"))
                .body("items.interactionIds.flatten()", hasItem(sensitive));
    }

    @Test
    void onlyAnAdminListsThem() {
        given().header("Authorization", "Bearer " + attendee.token())
                .get("/api/v1/audit/sensitive-reads")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
