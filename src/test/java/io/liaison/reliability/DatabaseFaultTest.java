package io.liaison.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.liaison.support.Fixtures;
import io.liaison.support.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The database stops under the running service and comes back: requests meanwhile answer 503 problem+json promptly,
 * readiness is DOWN and liveness UP, the service recovers by itself, and a write cut off by the stop left nothing
 * behind. (DatabaseDownTest covers a database that was never reachable.)
 */
@QuarkusTest
@TestProfile(DatabaseFaultTest.OwnDatabase.class)
@EnabledIf(
        value = "io.liaison.reliability.EmbeddedPostgresSupport#available",
        disabledReason = "needs an embedded PostgreSQL of its own, which cannot start on this machine")
class DatabaseFaultTest {

    public static class OwnDatabase extends RestartablePostgres.OwnDatabaseProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = RestartablePostgres.connect();
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static boolean sleeping() throws Exception {
        try (Connection c = RestartablePostgres.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "select count(*) from pg_stat_activity where query like 'insert into stakeholder%'"
                                + " and wait_event = 'PgSleep'")) {
            r.next();
            return r.getInt(1) > 0;
        }
    }

    @Test
    void aStoppedDatabaseIs503UntilItReturnsAndACutOffWriteLeavesNothing() throws Exception {
        given().get("/api/v1/stakeholders").then().statusCode(200);
        String lastName = Fixtures.unique("Cutoff");
        // A stakeholder insert that stalls inside its transaction, so the stop lands in the middle of the write.
        RestartablePostgres.stallStakeholderInserts("Cutoff", 30);
        CompletableFuture<Response> write = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                .body(Map.of("firstName", "Cut", "lastName", lastName))
                .post("/api/v1/stakeholders"));
        for (int i = 0; i < 100 && !sleeping(); i++) {
            Thread.sleep(100);
        }
        assertThat(sleeping()).as("the write is under way").isTrue();

        RestartablePostgres.stopDatabase();
        Response cutOff = write.get(60, TimeUnit.SECONDS);
        assertThat(cutOff.statusCode()).isEqualTo(503);
        assertThat(cutOff.contentType()).startsWith("application/problem+json");
        given().get("/api/v1/stakeholders")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"));
        Management.given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        Management.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

        RestartablePostgres.startDatabase();
        int status = 0;
        for (int i = 0; i < 60 && status != 200; i++) {
            status = given().get("/api/v1/stakeholders").statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).as("recovered without a restart").isEqualTo(200);
        Management.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        sql("drop trigger stall_cutoff on stakeholder");
        given().queryParam("q", lastName)
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        try (Connection c = RestartablePostgres.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "select count(*) from audit_entry where changes::text like '%" + lastName + "%'")) {
            r.next();
            assertThat(r.getInt(1))
                    .as("no audit entry for a write that never happened")
                    .isZero();
        }
        // And the service writes again.
        given().contentType(ContentType.JSON)
                .body(Map.of("firstName", "After", "lastName", Fixtures.unique("Recovered")))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201);
    }
}
