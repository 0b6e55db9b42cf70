package io.liaison.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The checked-in contract (openapi/openapi.yaml) is what the frontend team generates its client from: it must be
 * exactly the document the build generates from the code (target/openapi/). When this fails after a deliberate
 * API change, refresh it as README says and review the diff.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path GENERATED = Path.of("target/openapi/openapi.yaml");
    private static final Path CHECKED_IN = Path.of("openapi/openapi.yaml");

    @Test
    void checkedInDocumentMatchesTheGeneratedOne() throws Exception {
        assertThat(GENERATED).as("the build generates the document").exists();
        assertThat(CHECKED_IN).as("openapi/openapi.yaml is checked in").exists();
        assertThat(Files.readString(CHECKED_IN))
                .as("openapi/openapi.yaml differs from the generated document: run"
                        + " `cp target/openapi/openapi.yaml openapi/openapi.yaml` and review the diff")
                .isEqualTo(Files.readString(GENERATED));
    }

    @Test
    void theServedDocumentIsTheGeneratedOne() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String served = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(json.readTree(served))
                .isEqualTo(json.readTree(Path.of("target/openapi/openapi.json").toFile()));
    }

    @Test
    void everyOperationHasASummaryATagAndDocumentedErrors() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.collect { path, ops -> ops.findAll { m, op -> !op.summary }.size() }.sum()", equalTo(0))
                .body("paths.collect { path, ops -> ops.findAll { m, op -> !op.tags }.size() }.sum()", equalTo(0))
                .body(
                        "paths.collect { path, ops -> ops.findAll { m, op -> !op.responses['400'] || !op.responses['500']"
                                + " || !op.responses['503'] }.size() }.sum()",
                        equalTo(0))
                .body("components.schemas.Problem.properties.violations", org.hamcrest.Matchers.notNullValue());
    }

    /** Every operation is rate limited (the diary feed per feed and per address), so every one can answer 429. */
    @Test
    void everyOperationDocuments429WithRetryAfterAndTheRateLimitFields() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.collect { path, ops -> ops.findAll { m, op -> !op.responses['429']?.headers?.keySet()"
                                + "?.containsAll(['Retry-After', 'RateLimit-Policy', 'RateLimit']) }.size() }.sum()",
                        equalTo(0))
                .body(
                        "components.headers.keySet()",
                        org.hamcrest.Matchers.hasItems("Retry-After", "RateLimit-Policy", "RateLimit"));
    }
}
