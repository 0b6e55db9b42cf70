package io.liaison.policyarea;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PolicyAreaResourceTest {

    @Test
    void listsTheMayoralThemes() {
        given().queryParam("size", 500)
                .get("/api/v1/policy-areas")
                .then()
                .statusCode(200)
                .body(
                        "items.code",
                        hasItems(
                                "housing",
                                "transport",
                                "policing-and-crime",
                                "violence-reduction",
                                "environment",
                                "economy-and-skills",
                                "health",
                                "culture",
                                "digital",
                                "planning",
                                "fire-and-resilience",
                                "communities",
                                "devolution-and-finance"));
    }

    @Test
    void addsAPolicyAreaAndRefusesItTwice() {
        String code = "test-" + Long.toString(System.nanoTime(), 36);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Test area " + code))
                .post("/api/v1/policy-areas")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/policy-areas/" + code));
        given().get("/api/v1/policy-areas/" + code).then().statusCode(200).body("name", equalTo("Test area " + code));
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Another name " + code))
                .post("/api/v1/policy-areas")
                .then()
                .statusCode(409)
                .body("violations[0].field", equalTo("code"));
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code + "-x", "name", "TEST AREA " + code))
                .post("/api/v1/policy-areas")
                .then()
                .statusCode(409)
                .body("violations[0].field", equalTo("name"));
    }

    @Test
    @SendsBadInput
    void rejectsABadCode() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "Not A Code!", "name", "Bad"))
                .post("/api/v1/policy-areas")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("code"));
        given().get("/api/v1/policy-areas/no-such-area").then().statusCode(404);
    }
}
