package io.liaison.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Importing stakeholders from a spreadsheet: the dry run's problems by line and column, all or nothing, twice. */
@QuarkusTest
class StakeholderImportTest {

    private String suffix;
    private String ownerEmail;
    private String ownerId;
    private String supportEmail;
    private String organisationName;
    private String organisationId;

    @BeforeEach
    void office() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        ownerEmail = "lead-" + suffix + "@example.org";
        supportEmail = "support-" + suffix + "@example.org";
        ownerId = member(ownerEmail);
        member(supportEmail);
        organisationName = "Import Borough " + suffix;
        organisationId = Fixtures.organisation(organisationName);
    }

    private String goodFile() {
        return String.join(
                "\n",
                "First Name,lastName,email,party,priority,influence,interest,policyInterests,organisation,postTitle,"
                        + "postCategory,postFrom,leadOwnerEmail,supportOwnerEmails,notes",
                "Ada,Lovelace-" + suffix + ",ada-" + suffix + "@example.org,Labour,high,5,4,housing; transport,"
                        + organisationName + ",Leader,COUNCIL_LEADER,2026-05-11," + ownerEmail + "," + supportEmail
                        + ",\"Prefers mornings,\nvia the private office\"",
                "Bob,Babbage-" + suffix + ",,Green,LOW,,,,,,,,,,",
                "");
    }

    private ValidatableResponse send(String csv, boolean dryRun) {
        return given().contentType("text/csv")
                .queryParam("dryRun", dryRun)
                .body(csv)
                .post("/api/v1/imports/stakeholders")
                .then();
    }

    @Test
    void importsNewStakeholdersWithTheirPostAndOwnersAndSkipsThemTheSecondTime() {
        JsonPath dry = send(goodFile(), true).statusCode(200).extract().jsonPath();
        assertThat(dry.getBoolean("dryRun")).isTrue();
        assertThat(dry.getInt("rows")).isEqualTo(2);
        assertThat(dry.getInt("created")).isEqualTo(2);
        assertThat(dry.getList("errors")).isEmpty();
        assertThat(dry.getList("results.stakeholderId")).containsOnlyNulls();
        stakeholdersNamed("Lovelace-" + suffix).body("totalItems", equalTo(0));

        JsonPath done = send(goodFile(), false).statusCode(200).extract().jsonPath();
        assertThat(done.getInt("created")).isEqualTo(2);
        assertThat(done.getList("results.line")).containsExactly(2, 4);
        String ada = done.getString("results[0].stakeholderId");
        given().get("/api/v1/stakeholders/" + ada)
                .then()
                .statusCode(200)
                .body("email", equalTo("ada-" + suffix + "@example.org"))
                .body("priority", equalTo("HIGH"))
                .body("influence", equalTo(5))
                .body("policyInterests", hasItem("transport"))
                .body("notes", equalTo("Prefers mornings,\nvia the private office"))
                .body("currentPosts[0].title", equalTo("Leader"))
                .body("currentPosts[0].organisation.id", equalTo(organisationId))
                .body("currentPosts[0].startDate", equalTo("2026-05-11"));
        given().get("/api/v1/stakeholders/" + ada + "/owners")
                .then()
                .statusCode(200)
                .body("items.find { it.role == 'LEAD' }.teamMemberId", equalTo(ownerId))
                .body("items.findAll { it.role == 'SUPPORT' }.size()", equalTo(1));

        JsonPath again = send(goodFile(), false).statusCode(200).extract().jsonPath();
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("existing")).isEqualTo(2);
        assertThat(again.getString("results[0].stakeholderId")).isEqualTo(ada);
        stakeholdersNamed("Lovelace-" + suffix).body("totalItems", equalTo(1));
        stakeholdersNamed("Babbage-" + suffix).body("totalItems", equalTo(1));
    }

    @Test
    void aDryRunNamesEveryProblemByLineAndColumnAndARealRunWritesNothing() {
        String csv = String.join(
                "\n",
                "firstName,lastName,email,priority,influence,termEndDate,policyInterests,organisation,postTitle,"
                        + "leadOwnerEmail,notes",
                "Cara,Good-" + suffix + ",cara-" + suffix + "@example.org,MEDIUM,3,,,,,,\"two\nlines\"",
                "Dan,,not-an-email,URGENT,9,2026-02-30,no-such-area,,Leader,nobody-" + suffix + "@example.org,",
                "Eve,Bad-" + suffix + ",,,,,,Nowhere " + suffix + ",Leader,,",
                "Cara,Again-" + suffix + ",CARA-" + suffix + "@example.org,,,,,,,,");
        JsonPath dry = send(csv, true).statusCode(200).extract().jsonPath();
        assertThat(dry.getInt("rows")).isEqualTo(4);
        assertThat(dry.getInt("invalid")).isEqualTo(3);
        assertThat(dry.getInt("created")).isEqualTo(1);
        assertThat(dry.getList("results.outcome")).containsExactly("CREATED", "INVALID", "INVALID", "INVALID");
        // The quoted notes span lines 2 and 3, so the next rows are on lines 4, 5 and 6.
        assertThat(dry.getList("results.line")).containsExactly(2, 4, 5, 6);
        List<String> problems = dry.getList("errors", Map.class).stream()
                .map(e -> e.get("line") + ":" + e.get("field"))
                .toList();
        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "4:lastName",
                        "4:email",
                        "4:priority",
                        "4:influence",
                        "4:termEndDate",
                        "4:policyInterests",
                        "4:organisation",
                        "4:leadOwnerEmail",
                        "5:organisation",
                        "6:email");
        assertThat(dry.getString("errors.find { it.line == 6 }.message")).contains("line 2");

        given().contentType("text/csv")
                .body(csv)
                .post("/api/v1/imports/stakeholders")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.size()", equalTo(10))
                .body("violations.find { it.field == 'termEndDate' }.line", equalTo(4));
        stakeholdersNamed("Good-" + suffix).body("totalItems", equalTo(0));
    }

    @Test
    void anUnknownOrMissingColumnIsRefusedBeforeAnyRowIsRead() {
        send("firstName,lastName,shoeSize\nAda,Lovelace,5\n", true)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("shoeSize"))
                .body("violations[0].line", equalTo(1));
        send("firstName,email\nAda,ada@example.org\n", false)
                .statusCode(400)
                .body("violations.field", hasItem("lastName"));
        send("", true).statusCode(400).body("violations.field", hasItem("firstName"));
        send("firstName,lastName\n\"unterminated,x\n", true)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("file"));
    }

    @Test
    void aPostAlreadyHeldIsAProblemOfTheRow() {
        String post = Fixtures.post(organisationId, "Chair", "OTHER");
        Fixtures.appoint(
                post, Fixtures.stakeholder("Holder " + suffix), Fixtures.today().minusYears(1));
        JsonPath dry = send(
                        "firstName,lastName,organisation,postTitle\nNew,Chair-" + suffix + "," + organisationName
                                + ",chair\n",
                        true)
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(dry.getString("errors[0].field")).isEqualTo("postTitle");
        assertThat(dry.getInt("errors[0].line")).isEqualTo(2);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheReport() {
        String key = UUID.randomUUID().toString();
        String first = given().contentType("text/csv")
                .header("Idempotency-Key", key)
                .body(goodFile())
                .post("/api/v1/imports/stakeholders")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        given().contentType("text/csv")
                .header("Idempotency-Key", key)
                .body(goodFile())
                .post("/api/v1/imports/stakeholders")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body(equalTo(first));
    }

    private static ValidatableResponse stakeholdersNamed(String lastName) {
        return given().queryParam("q", lastName)
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(200);
    }

    private static String member(String email) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("fullName", Fixtures.unique("Importer"), "email", email, "role", "MAYORAL_APPOINTEE"))
                .post("/api/v1/team-members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
