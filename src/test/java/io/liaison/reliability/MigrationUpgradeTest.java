package io.liaison.reliability;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database left at every earlier schema version, with data in it (src/test/resources/db/upgrade/after-V*.sql,
 * applied as the schema reaches each version), upgrades to the current schema with its data intact, and what the
 * later migrations derive from it (the interaction summaries of V8) is right.
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
