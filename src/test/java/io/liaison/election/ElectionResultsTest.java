package io.liaison.election;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.liaison.support.Fixtures;
import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Election day in bulk: many posts and the councils' control in one request, checked row by row. */
@QuarkusTest
class ElectionResultsTest {

    private static final LocalDate DAY = Fixtures.today();

    /** A council with a leader held for four years and a cabinet member held for two. */
    private record Council(String org, String leaderPost, String outgoing, String cabinetPost, String cabinetHolder) {}

    private static Council council() {
        String org = Fixtures.organisation(Fixtures.unique("Polling Council"));
        String leaderPost = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String outgoing = Fixtures.stakeholder(Fixtures.unique("Defeated"));
        Fixtures.appoint(leaderPost, outgoing, DAY.minusYears(4));
        String cabinetPost = Fixtures.post(org, "Cabinet Member for Housing", "CABINET_MEMBER");
        String cabinetHolder = Fixtures.stakeholder(Fixtures.unique("Returned"));
        Fixtures.appoint(cabinetPost, cabinetHolder, DAY.minusYears(2));
        return new Council(org, leaderPost, outgoing, cabinetPost, cabinetHolder);
    }

    private static ValidatableResponse post(Object body, boolean dryRun) {
        return given().contentType(ContentType.JSON)
                .queryParam("dryRun", dryRun)
                .body(body)
                .post("/api/v1/elections/results")
                .then();
    }

    @Test
    void manyPostsAndTheCouncilsControlChangeInOneRequest() {
        Council c = council();
        String email = "standing-" + java.util.UUID.randomUUID() + "@example.org";
        String known =
                Fixtures.stakeholder(Map.of("firstName", "Known", "lastName", Fixtures.unique("Ward"), "email", email));
        String newName = Fixtures.unique("Winner");
        Map<String, Object> body = Map.of(
                "date", DAY.toString(),
                "results",
                        List.of(
                                Map.of(
                                        "postId", c.leaderPost(),
                                        "newHolder",
                                                Map.of("honorific", "Cllr", "firstName", "Ada", "lastName", newName),
                                        "party", "Green"),
                                Map.of("postId", c.cabinetPost(), "holderId", c.cabinetHolder(), "party", "Labour"),
                                Map.of(
                                        "organisation", c.org(),
                                        "postTitle", "Councillor for Example Ward",
                                        "postCategory", "COUNCILLOR",
                                        "ward", "Example Ward",
                                        "holderEmail", email,
                                        "party", "Independent")),
                "politicalControl", List.of(Map.of("organisation", c.org(), "control", "No overall control")));

        ValidatableResponse report = post(body, false)
                .statusCode(200)
                .body("dryRun", equalTo(false))
                .body("problems", empty())
                .body("results.outcome", contains("ELECTED", "RE_ELECTED", "ELECTED"))
                .body("results[0].previousHolderId", equalTo(c.outgoing()))
                .body("results[0].holderCreated", equalTo(true))
                .body("results[1].previousHolderId", nullValue())
                .body("results[2].postCreated", equalTo(true))
                .body("results[2].holderId", equalTo(known))
                .body("politicalControl[0].control", equalTo("No overall control"));
        String winner = report.extract().path("results[0].holderId");
        String wardPost = report.extract().path("results[2].postId");

        given().get("/api/v1/posts/" + c.leaderPost()).then().body("currentHolder.stakeholderId", equalTo(winner));
        given().get("/api/v1/stakeholders/" + winner).then().body("party", equalTo("Green"));
        given().get("/api/v1/stakeholders/" + c.cabinetHolder()).then().body("party", equalTo("Labour"));
        given().get("/api/v1/posts/" + c.cabinetPost() + "/tenures").then().body("totalItems", equalTo(1));
        given().get("/api/v1/posts/" + wardPost)
                .then()
                .body("category", equalTo("COUNCILLOR"))
                .body("ward", equalTo("Example Ward"))
                .body("currentHolder.stakeholderId", equalTo(known));
        given().get("/api/v1/organisations/" + c.org()).then().body("politicalControl", equalTo("No overall control"));
        given().get("/api/v1/organisations/" + c.org() + "/political-control")
                .then()
                .statusCode(200)
                .body("items.control", contains("No overall control"))
                .body("items[0].since", equalTo(DAY.toString()));
        // The outgoing leader's last day is the election: their tenure ends on it.
        given().get("/api/v1/posts/" + c.leaderPost() + "/tenures")
                .then()
                .body("items.find { it.stakeholderId == '" + c.outgoing() + "' }.endDate", equalTo(DAY.toString()));
    }

    @Test
    @SendsBadInput
    void aFileWithBadRowsIsRefusedWholeAndADryRunShowsEveryRow() {
        Council c = council();
        String csv = "postId,organisation,postTitle,holderEmail,firstName,lastName,party,date,politicalControl\n"
                + c.leaderPost() + ",,,,Bo,Newcomer,Labour," + DAY + ",\n"
                + ",no-such-council,Leader,,Cy,Nobody,Labour," + DAY + ",\n"
                + c.cabinetPost() + ",,,nobody-" + java.util.UUID.randomUUID() + "@example.org,,,Labour," + DAY + ",\n"
                + "," + c.org() + ",,,,,," + DAY + ",Labour\n";

        given().contentType("text/csv")
                .body(csv)
                .post("/api/v1/elections/results")
                .then()
                .statusCode(422)
                .body("violations.line", containsInAnyOrder(3, 4))
                .body("violations.field", containsInAnyOrder("organisation", "holderEmail"));
        // Nothing was written, not even the good rows.
        given().get("/api/v1/posts/" + c.leaderPost())
                .then()
                .body("currentHolder.stakeholderId", equalTo(c.outgoing()));
        given().get("/api/v1/organisations/" + c.org()).then().body("politicalControl", nullValue());

        given().contentType("text/csv")
                .queryParam("dryRun", true)
                .body(csv)
                .post("/api/v1/elections/results")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("results.row", contains(2, 3, 4))
                .body("results.outcome", contains("ELECTED", null, null))
                .body("results[0].previousHolderId", equalTo(c.outgoing()))
                .body("politicalControl", hasSize(1))
                .body("problems", hasSize(2));

        // A cell held to the rules a JSON body is held to: 400 naming its column and line.
        given().contentType("text/csv")
                .body("postId,holderEmail,date\n" + c.leaderPost() + ",not-an-email," + DAY + "\n")
                .post("/api/v1/elections/results")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("holderEmail"))
                .body("violations[0].line", equalTo(2));
        // A cell that cannot be read at all is 400, with its line.
        given().contentType("text/csv")
                .body("postId,date\nnot-an-id," + DAY + "\n")
                .post("/api/v1/elections/results")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("postId"))
                .body("violations[0].line", equalTo(2));
    }

    @Test
    void aDryRunOfGoodResultsWritesNothingAndARetryDoesNothingTwice() {
        Council c = council();
        Map<String, Object> body = Map.of(
                "results",
                List.of(Map.of(
                        "postId", c.leaderPost(),
                        "newHolder", Map.of("firstName", "Di", "lastName", Fixtures.unique("Dry")),
                        "date", DAY.toString())));
        post(body, true).statusCode(200).body("results[0].outcome", equalTo("ELECTED"));
        given().get("/api/v1/posts/" + c.leaderPost() + "/tenures").then().body("totalItems", equalTo(1));

        String key = Fixtures.unique("results");
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON)
                    .header("Idempotency-Key", key)
                    .body(body)
                    .post("/api/v1/elections/results")
                    .then()
                    .statusCode(200);
        }
        given().get("/api/v1/posts/" + c.leaderPost() + "/tenures").then().body("totalItems", equalTo(2));
        // Naming a post twice, or its holder in two ways, is a problem of the row, named.
        post(
                        Map.of(
                                "date",
                                DAY.plusDays(1).toString(),
                                "results",
                                List.of(
                                        Map.of("postId", c.cabinetPost(), "holderId", c.outgoing()),
                                        Map.of(
                                                "postId", c.cabinetPost(),
                                                "holderId", c.outgoing(),
                                                "holderEmail", "x@example.org"))),
                        false)
                .statusCode(422)
                .body("violations.field", containsInAnyOrder("results[1].postId", "results[1].holderId"));
    }

    @Test
    void unknownCouncilsRepeatedHoldersAndFutureControlAreProblemsOfTheirRowsAndControlIsAdminsAlone() {
        Council c = council();
        String unknownId = "00000000-0000-0000-0000-00000000abcd";
        post(
                        Map.of(
                                "date", DAY.toString(),
                                "results",
                                        List.of(
                                                Map.of(
                                                        "organisation",
                                                        unknownId,
                                                        "postTitle",
                                                        "Leader",
                                                        "holderId",
                                                        c.outgoing()),
                                                Map.of("postId", c.leaderPost(), "holderId", c.cabinetHolder()),
                                                Map.of("postId", c.cabinetPost(), "holderId", c.cabinetHolder()),
                                                // a new person's interests are checked with the row, not at the write
                                                Map.of(
                                                        "organisation",
                                                        c.org(),
                                                        "postTitle",
                                                        "Councillor for a new ward",
                                                        "postCategory",
                                                        "COUNCILLOR",
                                                        "newHolder",
                                                        Map.of(
                                                                "firstName",
                                                                "New",
                                                                "lastName",
                                                                Fixtures.unique("Councillor"),
                                                                "policyInterests",
                                                                List.of("housing", "no-such-area")))),
                                "politicalControl",
                                        List.of(
                                                Map.of("organisation", unknownId, "control", "Labour"),
                                                Map.of(
                                                        "organisation", c.org(),
                                                        "control", "Labour",
                                                        "since", DAY.plusDays(1).toString()))),
                        true)
                .statusCode(200)
                .body(
                        "problems.field",
                        containsInAnyOrder(
                                "results[0].organisation",
                                "results[2].holderId",
                                "results[3].newHolder.policyInterests",
                                "politicalControl[0].organisation",
                                "politicalControl[1].since"));

        io.liaison.support.Fixtures.Person editor = Fixtures.person("EDITOR");
        given().header("Authorization", "Bearer " + editor.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "date", DAY.toString(),
                        "politicalControl", List.of(Map.of("organisation", c.org(), "control", "Labour"))))
                .post("/api/v1/elections/results")
                .then()
                .statusCode(403)
                .body("violations[0].field", equalTo("politicalControl"));
        // Results alone are an EDITOR's to record.
        given().header("Authorization", "Bearer " + editor.token())
                .contentType(ContentType.JSON)
                .queryParam("dryRun", true)
                .body(Map.of(
                        "date", DAY.toString(),
                        "results", List.of(Map.of("postId", c.cabinetPost(), "holderId", c.cabinetHolder()))))
                .post("/api/v1/elections/results")
                .then()
                .statusCode(200)
                .body("results[0].outcome", equalTo("RE_ELECTED"));
    }
}
