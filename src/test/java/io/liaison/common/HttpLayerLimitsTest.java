package io.liaison.common;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A request line over quarkus.http.limits.max-initial-line-length and headers over max-header-size are refused by
 * Vert.x's HTTP decoder with 414 and 431, as README's "Limits" says. They are the only 4xx answers without a
 * problem+json body or the security headers: Vert.x sends them through the HTTP server's invalid-request handler, which
 * Quarkus gives no way to set (README says why), so only the status is ours to promise.
 */
@QuarkusTest
class HttpLayerLimitsTest {

    @Test
    void anOverLongRequestLineIs414AndOversizedHeadersAre431AndTheServiceCarriesOn() {
        given().get("/api/v1/stakeholders?q=" + "x".repeat(5000)).then().statusCode(414);
        given().header("X-Filler", "x".repeat(30_000))
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(431);
        given().get("/api/v1/policy-areas").then().statusCode(200);
    }
}
