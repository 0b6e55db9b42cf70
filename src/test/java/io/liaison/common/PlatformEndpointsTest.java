package io.liaison.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.liaison.support.Management;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Health and metrics are served on the management interface, a port of its own that is not published with the API;
 * the OpenAPI document and Swagger UI stay on the API's port.
 */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void healthIsUpWithTheDatabaseCheckOnTheManagementPort() {
        Management.given()
                .get("/q/health")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
        Management.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        Management.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePrometheusTextOnTheManagementPort() {
        // At least one API request first, so the HTTP timer exists whatever order the tests run in.
        given().get("/api/v1/policy-areas").then().statusCode(200);
        Management.given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"})
    void theApiPortDoesNotServeHealthOrMetrics(String path) {
        given().get(path).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void swaggerUiAndTheOpenApiDocumentAreServedOnTheApiPort() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200);
    }
}
