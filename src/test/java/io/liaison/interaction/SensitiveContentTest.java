package io.liaison.interaction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.liaison.support.Fixtures;
import io.liaison.support.Fixtures.Person;
import io.liaison.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OFFICIAL_SENSITIVE summary, outcome and decisions: shown to ADMIN, the attendees, and the current LEAD or
 * SUPPORT owners of any of the interaction's stakeholders; redacted for everyone else, in JSON and CSV alike.
 */
@QuarkusTest
class SensitiveContentTest {

    private String secret;
    private String interaction;
    private String first;
    private String second;
    private Person attendee;

    @BeforeEach
    void logASensitiveMeetingWithTwoStakeholders() {
        secret = "secret-" + UUID.randomUUID().toString().substring(0, 8);
        first = Fixtures.stakeholder(Fixtures.unique("First"));
        second = Fixtures.stakeholder(Fixtures.unique("Second"));
        attendee = Fixtures.person("EDITOR");
        Map<String, Object> body = Fixtures.meeting(first, second);
        body.put("classification", "OFFICIAL_SENSITIVE");
        body.put("summary", "Summary " + secret);
        body.put("outcome", "Outcome " + secret);
        body.put("decisions", "Decisions " + secret);
        body.put("attendeeIds", List.of(attendee.id()));
        interaction = Fixtures.logInteraction(body);
    }

    private void seesEverything(String token) {
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/interactions/" + interaction)
                .then()
                .statusCode(200)
                .body("redacted", equalTo(false))
                .body("summary", equalTo("Summary " + secret))
                .body("decisions", equalTo("Decisions " + secret));
    }

    private void seesItRedacted(String token) {
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/interactions/" + interaction)
                .then()
                .statusCode(200)
                .body("redacted", equalTo(true))
                .body("summary", nullValue())
                .body("outcome", nullValue())
                .body("decisions", nullValue())
                .body("classification", equalTo("OFFICIAL_SENSITIVE"))
                .body("stakeholders.size()", equalTo(2));
        String csv = given().header("Authorization", "Bearer " + token)
                .accept("text/csv")
                .queryParam("stakeholderId", first)
                .get("/api/v1/interactions")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv).contains(interaction).doesNotContain(secret);
        String timeline = given().header("Authorization", "Bearer " + token)
                .get("/api/v1/stakeholders/" + second + "/interactions")
                .then()
                .extract()
                .asString();
        assertThat(timeline).contains(interaction).doesNotContain(secret);
    }

    @Test
    void anAdminSeesEverything() {
        seesEverything(Tokens.admin());
    }

    @Test
    void anAttendeeSeesEverything() {
        seesEverything(attendee.token());
    }

    @Test
    void aLeadOwnerOfOneOfTheStakeholdersSeesEverything() {
        Person lead = Fixtures.person("APPOINTEE");
        Fixtures.assign(second, lead.id(), "LEAD");
        seesEverything(lead.token());
    }

    @Test
    void aSupportOwnerOfOneOfTheStakeholdersSeesEverything() {
        Person support = Fixtures.person("REPORTER");
        Fixtures.assign(first, support.id(), "SUPPORT");
        seesEverything(support.token());
    }

    @Test
    void aFormerOwnerNoLongerSees() {
        Person former = Fixtures.person("EDITOR");
        String assignment = Fixtures.assign(first, former.id(), "LEAD");
        seesEverything(former.token());
        given().contentType("application/json")
                .body("{}")
                .post("/api/v1/stakeholders/" + first + "/owners/" + assignment + "/end")
                .then()
                .statusCode(200);
        seesItRedacted(former.token());
    }

    @Test
    void everyoneElseGetsItRedactedWhateverTheirRole() {
        for (String role : List.of("EDITOR", "APPOINTEE", "REPORTER")) {
            seesItRedacted(Fixtures.person(role).token());
            seesItRedacted(Tokens.jwt("unlinked-" + role.toLowerCase() + "@example.org", role));
        }
    }

    @Test
    void aSearchDoesNotRevealWithheldWords() {
        String outsider = Fixtures.person("EDITOR").token();
        given().header("Authorization", "Bearer " + outsider)
                .queryParam("q", secret)
                .get("/api/v1/interactions")
                .then()
                .body("totalItems", equalTo(0));
        given().header("Authorization", "Bearer " + attendee.token())
                .queryParam("q", secret)
                .get("/api/v1/interactions")
                .then()
                .body("items[0].id", equalTo(interaction));
    }

    @Test
    void officialContentIsNeverRedacted() {
        String plain = Fixtures.logInteraction(Fixtures.meeting(first));
        given().header("Authorization", "Bearer " + Fixtures.person("REPORTER").token())
                .get("/api/v1/interactions/" + plain)
                .then()
                .body("redacted", equalTo(false))
                .body("summary", equalTo("Discussed the housing programme"));
    }
}
