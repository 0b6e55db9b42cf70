package io.liaison.reliability;

import io.liaison.common.devdb.EmbeddedPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded PostgreSQL of a test class's own, fresh for each class that uses it, which the fault test stops and
 * starts again on the same port and data directory while the service keeps running, as a database restart or failover
 * looks to the service.
 */
public class RestartablePostgres implements QuarkusTestResourceLifecycleManager {

    /** A test profile whose service runs on this database alone, not on the suite's shared one. */
    public abstract static class OwnDatabaseProfile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RestartablePostgres.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private static Path directory;
    private static int port;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("liaison-fault-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = 0;
        startDatabase();
        return EmbeddedPostgres.datasource(port);
    }

    /** The first start takes any free port; a restart takes the same one, as the service still points there. */
    public static synchronized void startDatabase() {
        // The data is kept across the restarts this test makes; the directory is fresh for the run.
        server = EmbeddedPostgres.start(directory, Path.of("target", "embedded-postgres"), true, port);
        port = server.getPort();
    }

    /** A fast shutdown: open transactions are rolled back and their connections cut, as in a crash or failover. */
    public static synchronized void stopDatabase() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Listens on the stopped database's port and counts the connections made to it, closing each at once as a server
     * that cannot take them would, so that a test can tell whether the service tried to connect. Close it before
     * {@link #startDatabase()}, which needs the port back.
     */
    public static ConnectionAttempts countConnectionAttempts() throws IOException {
        return new ConnectionAttempts(port);
    }

    /** The connections made to the database's port while it was stopped; see {@link #countConnectionAttempts()}. */
    public static final class ConnectionAttempts implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket();
        private final AtomicInteger count = new AtomicInteger();

        private ConnectionAttempts(int port) throws IOException {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            Thread acceptor = new Thread(this::acceptUntilClosed, "connection-attempts");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void acceptUntilClosed() {
            while (!socket.isClosed()) {
                // Counted before the connection is closed, so a request that saw it fail was counted first.
                try (Socket accepted = socket.accept()) {
                    count.incrementAndGet();
                } catch (IOException closing) {
                    // The socket was closed by close(); the loop ends.
                }
            }
        }

        public int count() {
            return count.get();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** A superuser connection straight to the database, bypassing the service. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres");
    }

    /**
     * Makes every insert of a stakeholder whose last name starts with {@code lastNamePrefix} (letters only) sleep that
     * many seconds inside its transaction, through a trigger named stall_ and the prefix in lower case.
     */
    public static void stallStakeholderInserts(String lastNamePrefix, int seconds) throws SQLException {
        String name = "stall_" + lastNamePrefix.toLowerCase(Locale.ROOT);
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("""
                    create function %1$s() returns trigger language plpgsql as $$
                    begin
                        if new.last_name like '%2$s%%' then perform pg_sleep(%3$d); end if;
                        return new;
                    end $$;
                    create trigger %1$s before insert on stakeholder for each row execute function %1$s();
                    """.formatted(name, lastNamePrefix, seconds));
        }
    }

    @Override
    public void stop() {
        stopDatabase();
    }
}
