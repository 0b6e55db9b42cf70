package io.liaison.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input as a user sends it, against every resource: always a 4xx problem+json, never a 500 or a trace. */
@SendsBadInput
@QuarkusTest
class BadInputTest {

    private static final String LONG = "x".repeat(5000);

    static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("at io.")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "organisations",
                "policy-areas",
                "team-members",
                "posts",
                "stakeholders",
                "plans",
                "api-tokens",
                "interactions"
            })
    void malformedJsonIs400(String resource) {
        problem(
                given().contentType(ContentType.JSON)
                        .body("{\"name\": ")
                        .post("/api/v1/" + resource)
                        .then(),
                400);
    }

    /** Where the parser stopped, counted as an editor counts, so the body can be fixed in one go. */
    @Test
    void malformedJsonSaysWhereItStopped() {
        String body = "{\n  \"name\": \"Lambeth\",\n  \"kind\": ,\n}";
        problem(
                        given().contentType(ContentType.JSON)
                                .body(body)
                                .post("/api/v1/organisations")
                                .then(),
                        400)
                .body("type", org.hamcrest.Matchers.endsWith("malformed-json"))
                .body(
                        "detail",
                        equalTo("The request body is not valid JSON: unexpected character ',' at line 3, column 11"));
        problem(
                        given().contentType(ContentType.JSON)
                                .body("{\"name\": tru}")
                                .post("/api/v1/organisations")
                                .then(),
                        400)
                .body(
                        "detail",
                        equalTo("The request body is not valid JSON: unrecognized token 'tru' at line 1, column 10"));
        problem(
                        given().contentType(ContentType.JSON)
                                .body("{\"name\": \"x\"")
                                .post("/api/v1/organisations")
                                .then(),
                        400)
                .body(
                        "detail",
                        org.hamcrest.Matchers.startsWith(
                                "The request body is not valid JSON: the body ends too early at line 1"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "organisations",
                "policy-areas",
                "team-members",
                "posts",
                "stakeholders",
                "plans",
                "api-tokens",
                "interactions"
            })
    void aNullBodyIs400NamingTheBody(String resource) {
        problem(
                        given().contentType(ContentType.JSON)
                                .body("null")
                                .post("/api/v1/" + resource)
                                .then(),
                        400)
                .body("violations.field", hasItem("body"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "organisations",
                "policy-areas",
                "team-members",
                "posts",
                "stakeholders",
                "plans",
                "api-tokens",
                "interactions"
            })
    void anArrayInsteadOfAnObjectIs400(String resource) {
        problem(
                given().contentType(ContentType.JSON)
                        .body("[]")
                        .post("/api/v1/" + resource)
                        .then(),
                400);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "organisations",
                "policy-areas",
                "team-members",
                "posts",
                "stakeholders",
                "plans",
                "api-tokens",
                "interactions"
            })
    void anEmptyObjectNamesTheMissingRequiredFields(String resource) {
        problem(
                        given().contentType(ContentType.JSON)
                                .body("{}")
                                .post("/api/v1/" + resource)
                                .then(),
                        400)
                .body("violations.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @ParameterizedTest
    @CsvSource({
        "organisations, '{\"name\":\"" + "x" + "\",\"kind\":\"NOT_A_KIND\"}', kind",
        "team-members, '{\"fullName\":\"x\",\"email\":\"a@example.org\",\"role\":\"KING\"}', role",
        "posts, '{\"organisationId\":\"7d1c7a4e-0000-4000-8000-000000000000\",\"title\":\"t\",\"category\":\"DUKE\"}', category",
        "stakeholders, '{\"firstName\":\"a\",\"lastName\":\"b\",\"priority\":\"URGENT\"}', priority",
    })
    void anUnknownEnumValueIs400NamingTheField(String resource, String body, String field) {
        problem(
                        given().contentType(ContentType.JSON)
                                .body(body)
                                .post("/api/v1/" + resource)
                                .then(),
                        400)
                .body("violations[0].field", equalTo(field));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "stakeholders|{\"firstName\":\"a\",\"lastName\":\"b\",\"influence\":\"very\"}|influence",
                "stakeholders|{\"firstName\":\"a\",\"lastName\":\"b\",\"termEndDate\":\"next May\"}|termEndDate",
                "stakeholders|{\"firstName\":{\"x\":1},\"lastName\":\"b\"}|firstName",
                "stakeholders|{\"firstName\":\"a\",\"lastName\":\"b\",\"policyInterests\":\"housing\"}|policyInterests",
                "posts|{\"organisationId\":\"not-a-uuid\",\"title\":\"t\",\"category\":\"OTHER\"}|organisationId",
                "team-members|{\"fullName\":\"x\",\"email\":\"a@example.org\",\"role\":\"STAFF\",\"active\":\"maybe\"}|active",
            })
    void aWrongTypeIs400NamingTheField(String resource, String body, String field) {
        problem(
                        given().contentType(ContentType.JSON)
                                .body(body)
                                .post("/api/v1/" + resource)
                                .then(),
                        400)
                .body("violations[0].field", equalTo(field));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "organisations|{\"name\":\"" + LONG_MARKER + "\",\"kind\":\"OTHER\"}|name",
                "policy-areas|{\"code\":\"long-one\",\"name\":\"" + LONG_MARKER + "\"}|name",
                "team-members|{\"fullName\":\"" + LONG_MARKER
                        + "\",\"email\":\"a@example.org\",\"role\":\"STAFF\"}|fullName",
                "stakeholders|{\"firstName\":\"a\",\"lastName\":\"" + LONG_MARKER + "\"}|lastName",
            })
    void aTooLongStringIs400NamingTheField(String resource, String body, String field) {
        problem(
                        given().contentType(ContentType.JSON)
                                .body(body.replace(LONG_MARKER, LONG))
                                .post("/api/v1/" + resource)
                                .then(),
                        400)
                .body("violations[0].field", equalTo(field));
    }

    private static final String LONG_MARKER = "@@LONG@@";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "organisations",
                "policy-areas",
                "team-members",
                "posts",
                "stakeholders",
                "plans",
                "api-tokens",
                "interactions"
            })
    void anUnknownPropertyIs400NamingIt(String resource) {
        problem(
                        given().contentType(ContentType.JSON)
                                .body("{\"nmae\": \"typo\"}")
                                .post("/api/v1/" + resource)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("nmae"));
    }

    @Test
    void everyBadFieldOfABodyIsNamedAtOnce() {
        String stakeholder = io.liaison.support.Fixtures.stakeholder(io.liaison.support.Fixtures.unique("Fields"));
        problem(
                        given().contentType(ContentType.JSON)
                                .body("{\"type\": \"SEANCE\", \"status\": \"MAYBE\", \"startsAt\": \"next tuesday\","
                                        + " \"stakeholderIds\": [\"" + stakeholder + "\", \"not-a-uuid\"], \"nmae\": 1,"
                                        + " \"followUps\": [{\"description\": \"x\", \"assigneeId\": \"nobody\","
                                        + " \"dueDate\": \"soon\"}]}")
                                .post("/api/v1/interactions")
                                .then(),
                        400)
                .body(
                        "violations.field",
                        containsInAnyOrder(
                                "type",
                                "status",
                                "startsAt",
                                "stakeholderIds[1]",
                                "nmae",
                                "followUps[0].assigneeId",
                                "followUps[0].dueDate"))
                .body("violations.find { it.field == 'type' }.message", containsString("MEETING"));
        // A merge patch too, as read into the record it changes.
        String interaction =
                io.liaison.support.Fixtures.logInteraction(io.liaison.support.Fixtures.meeting(stakeholder));
        problem(
                        given().contentType("application/merge-patch+json")
                                .header("If-Match", "\"0\"")
                                .body("{\"type\": \"SEANCE\", \"classification\": \"SECRET\"}")
                                .patch("/api/v1/interactions/" + interaction)
                                .then(),
                        400)
                .body("violations.field", containsInAnyOrder("type", "classification"));
    }

    // Not organisations: their paths take a code too, and an unknown one is 404 (OrganisationResourceTest).
    @ParameterizedTest
    @CsvSource({
        "team-members,teamMemberId",
        "posts,postId",
        "stakeholders,stakeholderId",
        "plans,planId",
        "api-tokens,apiTokenId",
        "interactions,interactionId"
    })
    void aBadUuidInThePathIs400NamingIt(String resource, String parameter) {
        problem(given().get("/api/v1/" + resource + "/not-a-uuid").then(), 400)
                .body("violations[0].field", equalTo(parameter));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"organisations", "team-members", "posts", "stakeholders", "plans", "api-tokens", "interactions"})
    void anUnknownIdInThePathIs404(String resource) {
        problem(
                given().get("/api/v1/" + resource + "/7d1c7a4e-0000-4000-8000-00000000dead")
                        .then(),
                404);
    }

    @ParameterizedTest
    @CsvSource({"posts, organisationId", "stakeholders, organisationId"})
    void aBadUuidInTheQueryIs400NamingIt(String resource, String parameter) {
        problem(
                        given().queryParam(parameter, "12345")
                                .get("/api/v1/" + resource)
                                .then(),
                        400)
                .body("violations[0].field", equalTo(parameter));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "organisations",
                "policy-areas",
                "team-members",
                "posts",
                "stakeholders",
                "plans",
                "api-tokens",
                "interactions"
            })
    void anUnknownSortFieldIs400(String resource) {
        problem(
                        given().queryParam("sort", "password")
                                .get("/api/v1/" + resource)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("sort"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "organisations",
                "policy-areas",
                "team-members",
                "posts",
                "stakeholders",
                "plans",
                "api-tokens",
                "interactions"
            })
    void aPageSizeOverTheCapIs400(String resource) {
        problem(given().queryParam("size", 501).get("/api/v1/" + resource).then(), 400)
                .body("violations[0].field", equalTo("size"));
        problem(given().queryParam("page", -1).get("/api/v1/" + resource).then(), 400)
                .body("violations[0].field", equalTo("page"));
        problem(given().queryParam("size", "ten").get("/api/v1/" + resource).then(), 400)
                .body("violations[0].field", equalTo("size"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "organisations",
                "policy-areas",
                "team-members",
                "posts",
                "stakeholders",
                "plans",
                "api-tokens",
                "interactions"
            })
    void aBadUpdatedSinceIs400(String resource) {
        problem(
                        given().queryParam("updatedSince", "yesterday")
                                .get("/api/v1/" + resource)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("updatedSince"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "organisations",
                "policy-areas",
                "team-members",
                "posts",
                "stakeholders",
                "plans",
                "api-tokens",
                "interactions"
            })
    void aBodyOverTheSizeLimitIs413(String resource) {
        String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        problem(
                given().contentType(ContentType.JSON)
                        .body(huge)
                        .post("/api/v1/" + resource)
                        .then(),
                413);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "organisations",
                "policy-areas",
                "team-members",
                "posts",
                "stakeholders",
                "plans",
                "api-tokens",
                "interactions"
            })
    void anUnsupportedContentTypeIs415(String resource) {
        problem(
                given().contentType(ContentType.XML)
                        .body("<a/>")
                        .post("/api/v1/" + resource)
                        .then(),
                415);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "organisations",
                "policy-areas",
                "team-members",
                "posts",
                "stakeholders",
                "plans",
                "api-tokens",
                "interactions"
            })
    void anUnacceptableMediaTypeIs406(String resource) {
        problem(given().accept(ContentType.XML).get("/api/v1/" + resource).then(), 406);
    }

    @ParameterizedTest
    @ValueSource(strings = {"organisations", "posts"})
    void aPatchThatIsNotAnObjectIs400(String resource) {
        // Reference data guarantees a record to patch.
        String id = given().get("/api/v1/" + resource).then().extract().path("items[0].id");
        problem(
                given().contentType("application/merge-patch+json")
                        .header("If-Match", "*")
                        .body("[1, 2]")
                        .patch("/api/v1/" + resource + "/" + id)
                        .then(),
                400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/nothing-here", "/api/v1/stakeholders/7d1c7a4e-0000-4000-8000-000000000000/nope"})
    void anUnknownPathIs404ProblemJson(String path) {
        problem(given().get(path).then(), 404);
    }

    @org.junit.jupiter.api.Test
    void aNulCharacterIsRefusedNamingTheParameterOrAsABadBody() {
        given().queryParam("actor", "a\u0000b")
                .get("/api/v1/audit")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("actor"));
        given().queryParam("q", "\u0000")
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("q"));
        given().contentType(ContentType.JSON)
                .body("{\"firstName\": \"Nul\\u0000Nul\", \"lastName\": \"Character\"}")
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("NUL"));
    }
}
