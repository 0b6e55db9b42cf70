package io.liaison.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.liaison.common.csv.ExportLimiter;
import io.liaison.support.Fixtures;
import io.liaison.support.Management;
import io.liaison.support.Tokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A download whose client has gone (a report script's timeout, a closed tab) stops at its next write instead of
 * running to its last row, and gives back its export place, request thread and database connection.
 */
@QuarkusTest
class AbandonedExportTest {

    @Inject
    DataSource dataSource;

    @Inject
    ExportLimiter limiter;

    @Inject
    MeterRegistry registry;

    @TestHTTPResource("/")
    URL server;

    @Test
    void aDownloadWhoseClientLeftStopsAndGivesItsPlaceBack() throws Exception {
        Fixtures.logInteraction(Fixtures.meeting(Fixtures.stakeholder(Fixtures.unique("Abandoned"))));
        double abandonedBefore = abandoned();
        // The export's query waits behind this lock while its client gives up, as PostgreSQL would still be sorting a
        // large export's rows before the first one.
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                statement.execute("lock table interaction in access exclusive mode");
                try (Socket client = new Socket(server.getHost(), server.getPort())) {
                    OutputStream request = client.getOutputStream();
                    request.write(("GET /api/v1/interactions HTTP/1.1\r\nHost: localhost\r\nAccept: text/csv\r\n"
                                    + "Authorization: Bearer " + Tokens.admin() + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    request.flush();
                    waitFor(() -> sessionsWaitingOnALock() > 0);
                }
                // Stopped while still waiting: its query was cancelled, not left to run on for nobody.
                waitFor(() -> abandoned() == abandonedBefore + 1);
                assertThat(sessionsWaitingOnALock()).isZero();
            } finally {
                blocker.rollback();
            }
        }
        Management.given().get("/q/metrics").then().body(containsString("liaison_exports_abandoned_total"));
        // Every place is free again: as many exports as the limit can start at once.
        for (int i = 0; i < 4; i++) {
            limiter.acquire();
        }
        for (int i = 0; i < 4; i++) {
            limiter.release();
        }
    }

    private double abandoned() {
        return registry.get("liaison.exports.abandoned").counter().count();
    }

    /** Asked on a connection of its own: a transaction sees the activity of the others as at its first look. */
    private int sessionsWaitingOnALock() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from pg_stat_activity"
                        + " where wait_event_type = 'Lock' and datname = current_database()")) {
            rows.next();
            return rows.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 15 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
