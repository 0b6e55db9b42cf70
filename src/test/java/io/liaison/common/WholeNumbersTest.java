package io.liaison.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.liaison.support.Fixtures;
import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A field the API declares as a whole number takes only a JSON integer: a fraction, a number in a string, an empty
 * string or a boolean is a 400 naming the field, in a create, a replace and a merge patch alike, and nothing is stored
 * (Jackson would otherwise store 5.9 as 5 and "3" as 3).
 */
@SendsBadInput
@QuarkusTest
class WholeNumbersTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @ParameterizedTest
    @ValueSource(strings = {"5.9", "4.99", "3.0", "\"3\"", "\"\"", "true"})
    void aStakeholderRatingThatIsNotAWholeNumberIsRefusedNamingIt(String value) {
        BadInputTest.problem(
                        given().contentType(ContentType.JSON)
                                .body("{\"firstName\":\"Whole\",\"lastName\":\"Numbers\",\"influence\":" + value + "}")
                                .post("/api/v1/stakeholders")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("influence"));

        String id = Fixtures.stakeholder(
                Map.of("firstName", "Whole", "lastName", Fixtures.unique("Numbers"), "influence", 2, "interest", 2));
        BadInputTest.problem(
                        given().contentType(ContentType.JSON)
                                .header("If-Match", "\"0\"")
                                .body("{\"firstName\":\"Whole\",\"lastName\":\"Numbers\",\"interest\":" + value + "}")
                                .put("/api/v1/stakeholders/" + id)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("interest"));
        BadInputTest.problem(
                        given().contentType(MERGE_PATCH)
                                .header("If-Match", "\"0\"")
                                .body("{\"influence\":" + value + "}")
                                .patch("/api/v1/stakeholders/" + id)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("influence"));
        given().get("/api/v1/stakeholders/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("influence", equalTo(2))
                .body("interest", equalTo(2));
    }

    static Stream<Object> notWholeNumbers() {
        return Stream.of(30.5, "30");
    }

    @ParameterizedTest
    @MethodSource("notWholeNumbers")
    void aPlanCadenceThatIsNotAWholeNumberIsRefusedNamingIt(Object value) {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Cadence"));
        String owner = Fixtures.teamMember("STAFF");
        Map<String, Object> body = Fixtures.plan(stakeholder, owner);
        body.put("contactCadenceDays", value);
        BadInputTest.problem(
                        given().contentType(ContentType.JSON)
                                .body(body)
                                .post("/api/v1/plans")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("contactCadenceDays"));

        String plan = Fixtures.createPlan(Fixtures.plan(stakeholder, owner));
        BadInputTest.problem(
                        given().contentType(MERGE_PATCH)
                                .header("If-Match", "\"0\"")
                                .body(Map.of("briefingCadenceDays", value))
                                .patch("/api/v1/plans/" + plan)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("briefingCadenceDays"));
        given().get("/api/v1/plans/" + plan).then().statusCode(200).body("briefingCadenceDays", equalTo(90));
    }
}
