package io.liaison.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * A migration may take longer than any request should: the socket timeout that keeps a request from hanging on a lost
 * database does not apply to the migrations run at start-up, while it still applies to the service's own statements.
 * Here the timeout is 1 s and a test-only migration runs for 2 s.
 */
@QuarkusTest
@TestProfile(SlowMigrationTest.OneSecondSocketTimeout.class)
@EnabledIf(
        value = "io.liaison.reliability.EmbeddedPostgresSupport#available",
        disabledReason = "needs an embedded PostgreSQL of its own, which cannot start on this machine")
class SlowMigrationTest {

    public static class OneSecondSocketTimeout extends RestartablePostgres.OwnDatabaseProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", "1",
                    "quarkus.flyway.locations", "db/migration,db/slow-migration");
        }
    }

    @Test
    void theSlowMigrationRanToTheEndAndRequestsKeepTheirTimeout() throws Exception {
        try (Connection c = RestartablePostgres.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select success from flyway_schema_history where version = '9000'")) {
            assertThat(r.next()).as("the 2 s migration is recorded").isTrue();
            assertThat(r.getBoolean(1)).isTrue();
        }
        // A request's statement that runs past the timeout is cut off: the same 2 s, inside an insert.
        RestartablePostgres.stallStakeholderInserts("Slow", 2);
        given().contentType(ContentType.JSON)
                .body(Map.of("firstName", "Too", "lastName", Fixtures.unique("Slow")))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(503);
    }
}
