package io.liaison.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.liaison.common.csv.ExportLimiter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** CSV exports past the configured number at once (liaison.exports.max-concurrent, 4 by default) are refused. */
@QuarkusTest
class ExportLimitTest {

    @Inject
    ExportLimiter limiter;

    @Test
    void anExportPastTheLimitIs429WithRetryAfterAndAFinishedOneFreesItsPlace() {
        // Four exports in flight, held here as long-running ones would hold them.
        for (int i = 0; i < 4; i++) {
            limiter.acquire();
        }
        try {
            given().accept("text/csv")
                    .get("/api/v1/stakeholders")
                    .then()
                    .statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("10"))
                    .body("status", equalTo(429));
            // JSON pages are not exports: unaffected.
            given().get("/api/v1/stakeholders").then().statusCode(200);
        } finally {
            for (int i = 0; i < 4; i++) {
                limiter.release();
            }
        }
        // Each export gives its place back when it ends, so one after another never runs out.
        for (int i = 0; i < 6; i++) {
            given().accept("text/csv").get("/api/v1/team-members").then().statusCode(200);
            given().accept("text/csv").get("/api/v1/stakeholders").then().statusCode(200);
        }
    }
}
