package io.liaison.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.liaison.common.persistence.DatabaseCircuit;
import io.liaison.support.Fixtures;
import io.liaison.support.Management;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The database stops under the running service and comes back: requests meanwhile answer 503 problem+json at once,
 * without trying to connect once the service knows the database is unreachable, readiness is DOWN and liveness UP, the
 * service recovers by itself, what was answered 2xx before is still there, and a write cut off by the stop or refused
 * during it left nothing behind. (DatabaseDownTest covers a database that was never reachable.)
 */
@QuarkusTest
@TestProfile(DatabaseFaultTest.OwnDatabase.class)
@EnabledIf(
        value = "io.liaison.reliability.EmbeddedPostgresSupport#available",
        disabledReason = "needs an embedded PostgreSQL of its own, which cannot start on this machine")
class DatabaseFaultTest {

    @Inject
    Scheduler scheduler;

    @Inject
    DatabaseCircuit circuit;

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
        String saved = Fixtures.stakeholder(Fixtures.unique("Saved"));
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
        awaitRecovery();
        // What was answered 201 before the stop is still there.
        given().get("/api/v1/stakeholders/" + saved).then().statusCode(200);
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

    @Test
    void whileTheDatabaseIsUnreachableRequestsAre503WithoutAConnectionAttemptUntilAProbeFindsItBack() throws Exception {
        String known = Fixtures.stakeholder(Fixtures.unique("Known"));
        String refused = Fixtures.unique("Refused");
        // The background probe is the one thing meant to connect while the database is unreachable: paused here, so
        // that every connection the counter sees was made for a request or for readiness.
        scheduler.pause(DatabaseCircuit.PROBE);
        try {
            RestartablePostgres.stopDatabase();
            try (RestartablePostgres.ConnectionAttempts attempts = RestartablePostgres.countConnectionAttempts()) {
                // The first request finds its pooled connection cut (or fails to make a new one): either way the
                // circuit opens on that first failure, without waiting for each request to try a connection.
                given().get("/api/v1/stakeholders").then().statusCode(503);
                assertThat(circuit.isOpen())
                        .as("the service found the database gone")
                        .isTrue();

                int before = attempts.count();
                for (int i = 0; i < 10; i++) {
                    unavailable(given().get("/api/v1/stakeholders/" + known));
                    unavailable(given().contentType(ContentType.JSON)
                            .body(Map.of("firstName", "Not", "lastName", refused))
                            .post("/api/v1/stakeholders"));
                }
                assertThat(attempts.count())
                        .as("no connection attempt for a request while the database is known to be unreachable")
                        .isEqualTo(before);
                Management.given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
                assertThat(attempts.count())
                        .as("readiness reports DOWN without trying to connect")
                        .isEqualTo(before);
            }
            RestartablePostgres.startDatabase();
        } finally {
            scheduler.resume(DatabaseCircuit.PROBE);
        }
        awaitRecovery();
        given().get("/api/v1/stakeholders/" + known).then().statusCode(200);
        given().queryParam("q", refused)
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    private static void unavailable(Response response) {
        response.then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("urn:liaison:problem:database-unavailable"));
    }

    /** Waits, within a bound that only guards against a hang, until the service answers from the database again. */
    private static void awaitRecovery() throws InterruptedException {
        int status = 0;
        for (int i = 0; i < 120 && status != 200; i++) {
            status = given().get("/api/v1/stakeholders").statusCode();
            if (status != 200) {
                Thread.sleep(250);
            }
        }
        assertThat(status).as("recovered without a restart").isEqualTo(200);
        Management.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
