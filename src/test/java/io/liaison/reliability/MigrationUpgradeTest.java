package io.liaison.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.liaison.common.persistence.DerivedTableDefinitions;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database left at every earlier schema version, with data in it (src/test/resources/db/upgrade/after-V*.sql,
 * applied as the schema reaches each version), upgrades to the current schema with its data intact, what the later
 * migrations derive from it (the interaction summaries of V8) is right, and its schema (tables, indexes, constraints,
 * functions and triggers) is the one a fresh database gets.
 */
@EnabledIf(
        value = "io.liaison.reliability.EmbeddedPostgresSupport#available",
        disabledReason = "needs an embedded PostgreSQL of its own, which cannot start on this machine")
class MigrationUpgradeTest {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private static Path directory;

    @BeforeAll
    static void startServer() throws Exception {
        directory = Files.createTempDirectory("liaison-upgrade-pg");
        server = io.liaison.common.devdb.EmbeddedPostgres.start(
                directory, Path.of("target", "embedded-postgres"), false);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    private static Flyway flyway(String database, MigrationVersion target) {
        return Flyway.configure()
                .dataSource(url(database), "postgres", "postgres")
                .locations("classpath:db/migration")
                .callbacks(new DerivedTableDefinitions())
                .target(target)
                .load();
    }

    /** Every version but the latest, oldest first. */
    static Stream<String> earlierVersions() {
        // Flyway lists the migrations it finds without needing a schema history.
        List<String> versions = Arrays.stream(
                        flyway("postgres", MigrationVersion.LATEST).info().all())
                .map(MigrationInfo::getVersion)
                .filter(v -> v != null)
                .map(MigrationVersion::getVersion)
                .toList();
        return versions.subList(0, versions.size() - 1).stream();
    }

    private static void seed(String database, String version) throws Exception {
        try (InputStream in =
                MigrationUpgradeTest.class.getResourceAsStream("/db/upgrade/after-V" + version + ".sql")) {
            if (in == null) {
                return;
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            try (Connection c = DriverManager.getConnection(url(database), "postgres", "postgres");
                    Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }

    private static String one(String database, String query) throws Exception {
        try (Connection c = DriverManager.getConnection(url(database), "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getString(1);
        }
    }

    /**
     * Everything a schema defines, one line per object with a digest of its definition (the data aside); flyway's own
     * history and the record of applied homes differ by nature.
     */
    private static final String SCHEMA = """
            select string_agg(line, E'\n' order by line) from (
                select 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
                       || ' ' || coalesce(column_default, '') as line
                from information_schema.columns where table_schema = 'public'
                  and table_name not in ('flyway_schema_history', 'derived_definitions')
                union all
                select 'index ' || indexdef from pg_indexes where schemaname = 'public'
                  and tablename not in ('flyway_schema_history', 'derived_definitions')
                union all
                select 'constraint ' || conrelid::regclass || ' ' || pg_get_constraintdef(oid) from pg_constraint
                where connamespace = 'public'::regnamespace
                union all
                select 'function ' || p.oid::regprocedure || ' ' || md5(pg_get_functiondef(p.oid)) from pg_proc p
                where p.pronamespace = 'public'::regnamespace and p.prokind = 'f'
                union all
                select 'trigger ' || tgrelid::regclass || ' ' || pg_get_triggerdef(oid) from pg_trigger
                where not tgisinternal) lines
            """;

    private static String freshSchema;

    /** The schema of a database migrated from nothing to the latest version in one go. */
    private static synchronized String freshSchema() throws Exception {
        if (freshSchema == null) {
            try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "postgres");
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists upgrade_fresh");
                s.execute("create database upgrade_fresh");
            }
            flyway("upgrade_fresh", MigrationVersion.LATEST).migrate();
            freshSchema = one("upgrade_fresh", SCHEMA);
        }
        return freshSchema;
    }

    /**
     * The dev profile's first start on a fresh database (README's quick start): the demo data, a repeatable migration,
     * writes through the current triggers, so the derived tables' homes are applied before it.
     */
    @Test
    void aFreshDevDatabaseTakesTheDemoData() throws Exception {
        String database = "fresh_with_demo";
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database);
        }
        Flyway.configure()
                .dataSource(url(database), "postgres", "postgres")
                .locations("classpath:db/migration", "classpath:db/demo")
                .callbacks(new DerivedTableDefinitions())
                .load()
                .migrate();

        assertThat(one(database, "select count(*) from flyway_schema_history where not success"))
                .isEqualTo("0");
        assertThat(one(database, "select count(*) > 0 from interaction_attendee"))
                .isEqualTo("t");
        assertThat(one(database, "select count(*) from interaction_attendee where starts_at is null"))
                .isEqualTo("0");
        assertThat(one(database, "select count(*) > 0 from alert_subject")).isEqualTo("t");
    }

    @ParameterizedTest(name = "from V{0}")
    @MethodSource("earlierVersions")
    void upgradesWithItsDataFrom(String start) throws Exception {
        String database = "upgrade_from_v" + start.replace('.', '_');
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database);
        }
        // Reach the start version step by step, filling in what each version can hold.
        for (MigrationInfo step :
                flyway(database, MigrationVersion.fromVersion(start)).info().pending()) {
            flyway(database, step.getVersion()).migrate();
            seed(database, step.getVersion().getVersion());
        }
        assertThat(one(
                        database,
                        "select version from flyway_schema_history where success order by installed_rank desc limit 1"))
                .isEqualTo(start);

        flyway(database, MigrationVersion.LATEST).migrate();

        assertThat(one(database, "select count(*) from flyway_schema_history where not success"))
                .isEqualTo("0");
        assertThat(one(database, SCHEMA)).isEqualTo(freshSchema());
        assertThat(one(database, "select last_name from stakeholder where id = '10000000-0000-4000-8000-000000000003'"))
                .isEqualTo("Upgrade");
        assertThat(one(
                        database,
                        "select count(*) from tenure where stakeholder_id = '10000000-0000-4000-8000-000000000003'"))
                .isEqualTo("1");
        if (Integer.parseInt(start) >= 5) {
            // The summaries built by V8 count the completed briefing on its London day, not the cancelled one.
            assertThat(one(
                            database,
                            "select last_day::text from stakeholder_last_briefing"
                                    + " where stakeholder_id = '10000000-0000-4000-8000-000000000003'"))
                    .isEqualTo("2026-07-02");
            assertThat(one(database, "select count(*) from follow_up")).isEqualTo("1");
            // The parts V17 stores for the interactions already there, as the responses show them.
            assertThat(one(
                            database,
                            "select concat_ws(' | ', stakeholders, attendees, policy_areas) from interaction_parts"
                                    + " where interaction_id = '10000000-0000-4000-8000-000000000006'"))
                    .isEqualTo("[{\"id\" : \"10000000-0000-4000-8000-000000000003\", \"name\" : \"Sol Upgrade\"}]"
                            + " | [{\"id\" : \"10000000-0000-4000-8000-000000000002\", \"name\" : \"Una Upgrade\"}]"
                            + " | upgrade-area");
        }
        if (Integer.parseInt(start) >= 4) {
            // The alert subjects built by V10 from the data already there: the ACTIVE plan's contact is due 30 days
            // after the last contact (the briefing on 2 July, once V5 holds it) or else the plan start (1 June).
            assertThat(one(
                            database,
                            "select due_date::text from alert_subject where kind = 'CONTACT_DUE'"
                                    + " and home_stakeholder_id = '10000000-0000-4000-8000-000000000003'"))
                    .isEqualTo(Integer.parseInt(start) >= 5 ? "2026-08-01" : "2026-07-01");
        }
        if (Integer.parseInt(start) >= 4) {
            assertThat(one(database, "select count(*) from engagement_plan_milestone"))
                    .isEqualTo("1");
        }
        if (Integer.parseInt(start) >= 7) {
            assertThat(one(database, "select acknowledged_note from alert_state"))
                    .isEqualTo("Seen");
        }
    }
}
