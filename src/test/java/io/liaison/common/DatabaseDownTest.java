package io.liaison.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.liaison.support.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the database unreachable, the API answers 503 problem+json promptly instead of hanging or a 500. */
@QuarkusTest
@TestProfile(DatabaseDownTest.UnreachableDatabase.class)
class DatabaseDownTest {

    public static class UnreachableDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    // Port 9 (discard) has nothing listening here: connections are refused at once.
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:9/liaison",
                    "quarkus.datasource.username", "nobody",
                    "quarkus.datasource.password", "nothing",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void aReadAnswers503ProblemJsonPromptly() {
        long started = System.nanoTime();
        given().get("/api/v1/stakeholders")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("status", equalTo(503))
                .body(not(containsString("Exception")))
                .body(not(containsString("refused")));
        // Not a timing target: a guard against a hang (the acquisition timeout is 2 s here).
        assertThat((System.nanoTime() - started) / 1_000_000_000).isLessThan(30);
    }

    @Test
    void aWriteAnswers503() {
        given().contentType("application/json")
                .body(Map.of("firstName", "A", "lastName", "B"))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(503)
                .contentType("application/problem+json");
    }

    @Test
    void readinessReportsDownOnTheManagementPortOnly() {
        Management.given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        Management.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        // The API's port says nothing of the database's own error (here "Connection refused" to 127.0.0.1:9).
        given().get("/q/health")
                .then()
                .statusCode(404)
                .body(not(containsString("refused")))
                .body(not(containsString("127.0.0.1")));
    }
}
