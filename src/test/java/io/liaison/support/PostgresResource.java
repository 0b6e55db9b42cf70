package io.liaison.support;

import io.liaison.common.devdb.EmbeddedPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Real PostgreSQL for the tests: an embedded server from Maven Central, started fresh for the run, unless
 * QUARKUS_DATASOURCE_JDBC_URL names an external one (then that database is used as configured).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private Path directory;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return Map.of();
        }
        try {
            // A fresh database every run; the extracted binaries are reused from target/ between runs.
            directory = Files.createTempDirectory("liaison-test-pg");
            server = EmbeddedPostgres.start(directory, Path.of("target", "embedded-postgres"), false);
            return EmbeddedPostgres.datasource(server.getPort());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not create a directory for the test database", e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            try {
                server.close();
                try (var files = Files.walk(directory)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(f -> f.toFile().delete());
                }
            } catch (java.io.IOException ignored) {
                // The test JVM is ending; a leftover temp folder is harmless.
            }
        }
    }
}
