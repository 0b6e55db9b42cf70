package io.liaison.common.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The derived tables follow whatever writes the data, and their definitions have one home each (db/derived), applied
 * after every migration unless the database's schema belongs to a newer release.
 */
@QuarkusTest
class DerivedTablesTest {

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    /** A connection as psql would open one: none of the service's settings. */
    private Connection psql() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Test
    void aBriefingWrittenWithPlainSqlMovesTheSummariesAlertsAndCoverage() throws SQLException {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Psql"));
        String owner = Fixtures.teamMember("STAFF");
        Fixtures.moveTo(Fixtures.createPlan(Fixtures.plan(stakeholder, owner)), "ACTIVE")
                .statusCode(200);
        LocalDate day = Fixtures.today().minusDays(3);
        String interaction = UUID.randomUUID().toString();

        try (Connection c = psql();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("insert into interaction (id, type, status, starts_at) values ('" + interaction
                    + "', 'BRIEFING', 'COMPLETED', '" + day + "T10:00:00Z')");
            s.execute("insert into interaction_stakeholder (interaction_id, stakeholder_id) values ('" + interaction
                    + "', '" + stakeholder + "')");
            s.execute("insert into interaction_policy_area (interaction_id, policy_area_code) values ('" + interaction
                    + "', 'housing')");
            c.commit();
        }

        assertThat(one("select last_day::text from stakeholder_last_contact where stakeholder_id = '" + stakeholder
                        + "'"))
                .isEqualTo(day.toString());
        // The link carries its interaction's start, status and type, which the engagement report reads.
        assertThat(one("select concat_ws(' ', starts_at = '" + day + "T10:00:00Z', status, type)"
                        + " from interaction_stakeholder where interaction_id = '" + interaction + "'"))
                .isEqualTo("t COMPLETED BRIEFING");
        given().get("/api/v1/stakeholders/" + stakeholder + "/coverage")
                .then()
                .statusCode(200)
                .body("items.find { it.policyArea == 'housing' }.lastBriefed", equalTo(day.toString()))
                .body("items.policyArea", contains("housing", "transport"))
                .body("items.find { it.policyArea == 'transport' }.lastBriefed", nullValue());
        // Due a cadence after the briefing: beyond the alert horizon, so read from the stored subjects.
        assertThat(one("select due_date::text from alert_subject where kind = 'CONTACT_DUE' and home_stakeholder_id = '"
                        + stakeholder + "'"))
                .isEqualTo(day.plusDays(30).toString());
        given().get("/api/v1/interactions/" + interaction)
                .then()
                .statusCode(200)
                .body("stakeholders[0].id", equalTo(stakeholder))
                .body("policyAreas[0]", equalTo("housing"));

        // Cancelled by hand: it no longer counts, and the day moves back (to nothing).
        try (Connection c = psql();
                Statement s = c.createStatement()) {
            s.execute("update interaction set status = 'CANCELLED' where id = '" + interaction + "'");
        }
        assertThat(one("select count(*) from stakeholder_last_contact where stakeholder_id = '" + stakeholder + "'"))
                .isEqualTo("0");
        assertThat(one("select status from interaction_stakeholder where interaction_id = '" + interaction + "'"))
                .isEqualTo("CANCELLED");
        assertThat(one("select due_date::text from alert_subject where kind = 'CONTACT_DUE' and home_stakeholder_id = '"
                        + stakeholder + "'"))
                .isEqualTo(Fixtures.today().minusDays(10).plusDays(30).toString());
        given().get("/api/v1/stakeholders/" + stakeholder + "/coverage")
                .then()
                .statusCode(200)
                .body("items.find { it.policyArea == 'housing' }.lastBriefed", nullValue());
    }

    /** A connection with the service's own settings: links queue their interaction's parts for the commit. */
    private Connection serviceLike() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("options", "-c liaison.derived_refresh=at_commit");
        return DriverManager.getConnection(url, properties);
    }

    @Test
    void whatATransactionWritesAfterRefreshingEarlyIsRefreshedAtCommit() throws SQLException {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Early"));
        String member = Fixtures.teamMember("STAFF");
        String meeting = UUID.randomUUID().toString();
        LocalDate due = Fixtures.today().plusDays(2);

        try (Connection c = serviceLike();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("insert into interaction (id, type, status, starts_at) values ('" + meeting
                    + "', 'MEETING', 'SCHEDULED', '" + Fixtures.today().plusDays(20) + "T10:00:00Z')");
            s.execute("insert into interaction_stakeholder (interaction_id, stakeholder_id) values ('" + meeting
                    + "', '" + stakeholder + "')");
            s.execute("insert into interaction_attendee (interaction_id, team_member_id) values ('" + meeting + "', '"
                    + member + "')");
            // As the service does before reading its answer: the parts are there, once, for all the links.
            s.execute("select refresh_derived_tables()");
            try (ResultSet r = s.executeQuery("select stakeholders is not null and attendees is not null"
                    + " from interaction_parts where interaction_id = '" + meeting + "'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getBoolean(1)).isTrue();
            }
            // Written after that refresh: only the commit's refresh can see it.
            s.execute("insert into follow_up (interaction_id, description, assignee_id, due_date) values ('" + meeting
                    + "', 'Send the minutes', '" + member + "', '" + due + "')");
            c.commit();
        }

        assertThat(one("select due_date::text from alert_subject where kind = 'FOLLOW_UP_DUE' and interaction_id = '"
                        + meeting + "'"))
                .isEqualTo(due.toString());
    }

    @Test
    void aRolledBackSavepointTakesItsQueueWithItAndTheNextWriteIsStillRefreshed() throws SQLException {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Savepoint"));
        LocalDate undone = Fixtures.today().minusDays(1);
        LocalDate kept = Fixtures.today().minusDays(4);

        try (Connection c = serviceLike();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            Savepoint before = c.setSavepoint();
            logCall(s, stakeholder, undone);
            c.rollback(before);
            logCall(s, stakeholder, kept);
            c.commit();
        }

        assertThat(one("select last_day::text from stakeholder_last_contact where stakeholder_id = '" + stakeholder
                        + "'"))
                .isEqualTo(kept.toString());
        assertThat(one("select count(*) from interaction_parts p join interaction_stakeholder l"
                        + " on l.interaction_id = p.interaction_id where l.stakeholder_id = '" + stakeholder
                        + "' and p.stakeholders is not null"))
                .isEqualTo("1");
    }

    private static void logCall(Statement s, String stakeholder, LocalDate day) throws SQLException {
        String call = UUID.randomUUID().toString();
        s.execute("insert into interaction (id, type, status, starts_at) values ('" + call + "', 'CALL', 'COMPLETED', '"
                + day + "T10:00:00Z')");
        s.execute("insert into interaction_stakeholder (interaction_id, stakeholder_id) values ('" + call + "', '"
                + stakeholder + "')");
    }

    @Test
    void eachHomeIsListedAndTheReleaseKnowsItsNewestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/derived"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(DerivedTableDefinitions.HOMES);
        }
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max()
                    .orElseThrow();
        }
        assertThat(DerivedTableDefinitions.SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void aReleaseNeverPutsBackItsDefinitionsOverANewerSchema() throws SQLException {
        String marker = "-- defined by a newer release";
        try {
            // A newer release has migrated and redefined a function, as its own home says.
            execute("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success)"
                    + " select max(installed_rank) + 1, '99998', 'from a newer release', 'SQL',"
                    + " 'V99998__from_a_newer_release.sql', 1, current_user, 1, true from flyway_schema_history");
            execute("create or replace function lock_class(name text) returns integer language sql immutable as $$"
                    + " select 7301 " + marker + "\n $$");
            execute("update derived_definitions set checksum = 'newer' where home = '00_lock_classes.sql'");

            flyway.migrate();

            assertThat(lockClassDefinition()).contains(marker);
        } finally {
            execute("delete from flyway_schema_history where version = '99998'");
        }
        // Once the schema is this release's again, its own definition is back (its text differs from the stored one).
        flyway.migrate();
        assertThat(lockClassDefinition()).doesNotContain(marker).contains("'renames'");
        assertThat(one("select count(*) from derived_definitions where checksum = 'newer'"))
                .isEqualTo("0");
    }

    @Test
    void definitionsAlreadyCurrentAreNotAppliedAgain() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(DerivedTableDefinitions.apply(c, "flyway_schema_history").applied())
                    .isEmpty();
        }
    }

    private String lockClassDefinition() throws SQLException {
        return one("select pg_get_functiondef('lock_class(text)'::regprocedure)");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private String one(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            assertThat(values).hasSize(1);
            return values.get(0);
        }
    }
}
