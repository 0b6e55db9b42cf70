package io.liaison.common.persistence;

import io.quarkus.logging.Log;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Applies the homes of the derived tables (src/main/resources/db/derived: one file per derived table, holding the
 * current definition of its functions and triggers) after every Flyway migrate. Versioned migrations hold tables,
 * indexes and backfills; these files are applied whole, in {@link #HOMES} order, each only when its text differs from
 * the one the database last received, and only when the database's schema is this release's: during a rolling deploy
 * or after a rollback, a release must not put back its older definitions over a newer release's.
 *
 * <p>Not a repeatable migration: Flyway records those in its history, and a release that does not know one then
 * refuses to start ("applied migration not resolved locally") or, knowing an older text, applies it again.
 */
public final class DerivedTableDefinitions extends BaseCallback {

    /** The newest versioned migration of this release; a test checks it against db/migration. */
    public static final int SCHEMA_VERSION = 33;

    /** The homes, in the order they are applied (a home may use functions of the ones before it). */
    public static final List<String> HOMES = List.of(
            "00_lock_classes.sql",
            "10_interaction_copies.sql",
            "20_interaction_parts.sql",
            "30_interaction_summaries.sql",
            "40_alert_subjects.sql",
            "50_coverage_cells.sql",
            "90_refresh_at_commit.sql");

    private static final String FOLDER = "db/derived/";

    @Override
    public boolean supports(Event event, Context context) {
        // After the versioned migrations and before the repeatable ones (the dev profile's demo data writes through
        // the current triggers), and again after the migrate, when there may have been nothing to migrate; a home
        // already current is not applied twice.
        return event == Event.AFTER_VERSIONED || event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            apply(context.getConnection(), context.getConfiguration().getTable());
        } catch (SQLException e) {
            throw new IllegalStateException("could not apply the derived tables' definitions: " + e.getMessage(), e);
        }
    }

    /** What {@link #apply} did: the homes it applied, and the schema version it found. */
    public record Outcome(List<String> applied, Integer schemaVersion) {}

    public static Outcome apply(Connection connection, String historyTable) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            Integer schema = schemaVersion(statement, historyTable);
            if (schema == null || schema != SCHEMA_VERSION) {
                // Newer: another release's definitions, which this one must not replace. Older: a migrate stopped
                // short of this release's schema (a target), which these definitions may not fit.
                if (schema != null && schema > SCHEMA_VERSION) {
                    Log.infof(
                            "The database's schema (V%d) is newer than this release's (V%d): its derived tables'"
                                    + " definitions are left as they are",
                            schema, SCHEMA_VERSION);
                }
                connection.commit();
                return new Outcome(List.of(), schema);
            }
            // Instances starting together apply the homes one after the other; the later ones find them current.
            statement.execute("lock table derived_definitions in exclusive mode");
            List<String> applied = new java.util.ArrayList<>();
            for (String home : HOMES) {
                String sql = read(home);
                String checksum = sha256(sql);
                if (checksum.equals(storedChecksum(connection, home))) {
                    continue;
                }
                statement.execute(sql);
                record(connection, home, checksum);
                applied.add(home);
            }
            connection.commit();
            if (!applied.isEmpty()) {
                Log.infof("Applied the derived tables' definitions: %s", String.join(", ", applied));
            }
            return new Outcome(List.copyOf(applied), schema);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Integer schemaVersion(Statement statement, String historyTable) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select max(cast(version as integer)) from "
                + historyTable
                + " where success and version ~ '^[0-9]+$'")) {
            rows.next();
            int version = rows.getInt(1);
            return rows.wasNull() ? null : version;
        }
    }

    private static String storedChecksum(Connection connection, String home) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("select checksum from derived_definitions where home = ?")) {
            query.setString(1, home);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static void record(Connection connection, String home, String checksum) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("insert into derived_definitions"
                + " (home, checksum, schema_version) values (?, ?, ?) on conflict (home) do update"
                + " set checksum = excluded.checksum, schema_version = excluded.schema_version, applied_at = now()")) {
            upsert.setString(1, home);
            upsert.setString(2, checksum);
            upsert.setInt(3, SCHEMA_VERSION);
            upsert.executeUpdate();
        }
    }

    /** The text of a home, as this release ships it. */
    public static String read(String home) {
        try (InputStream in = DerivedTableDefinitions.class.getClassLoader().getResourceAsStream(FOLDER + home)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FOLDER + home);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
