package io.liaison.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client generated from the document asks for what the document says an operation answers, errors included: an
 * Accept that lists problem+json or JSON (RFC 9110) is honoured, and an answer without a body is never refused for
 * the media types it was asked in.
 */
@QuarkusTest
class ContentNegotiationTest {

    @Test
    void aDeleteAskedForInProblemJsonIsCarriedOut() {
        String member = Fixtures.teamMember("STAFF");
        given().accept("application/problem+json")
                .header("If-Match", "\"0\"")
                .delete("/api/v1/team-members/" + member)
                .then()
                .statusCode(204);
        given().get("/api/v1/team-members/" + member).then().statusCode(404);
    }

    @Test
    void anAcceptListWithJsonAndProblemJsonGetsJson() {
        given().accept("application/problem+json, application/json")
                .get("/api/v1/policy-areas")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"));
    }

    @Test
    void anErrorAskedForInJsonOnlyIsStillAProblem() {
        given().accept(ContentType.JSON)
                .get("/api/v1/stakeholders/7d1c7a4e-0000-4000-8000-00000000dead")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void aWriteAskedForInProblemJsonAnswersItsRecord() {
        given().accept("application/problem+json, application/json;q=0.9")
                .contentType(ContentType.JSON)
                .body(Map.of("firstName", "Ada", "lastName", Fixtures.unique("Negotiated")))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .contentType(startsWith("application/json"));
    }
}
