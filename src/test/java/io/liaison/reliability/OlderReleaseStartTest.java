package io.liaison.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Several instances share one database, so during a rolling deploy (or after a rollback) a release starts against a
 * schema that a newer release has already migrated. It must start: the newer migrations are the other release's, and
 * migrations only add what older code can ignore. Flyway, as the service configures it, is given a schema history one
 * migration ahead of this build's files.
 */
@QuarkusTest
class OlderReleaseStartTest {

    private static final String NEWER_VERSION = "99999";

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aMigrationFromANewerReleaseDoesNotStopThisOneFromStarting() throws SQLException {
        execute("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, execution_time, success)"
                + " select max(installed_rank) + 1, '" + NEWER_VERSION + "', 'from a newer release', 'SQL',"
                + " 'V" + NEWER_VERSION + "__from_a_newer_release.sql', 1, current_user, 1, true"
                + " from flyway_schema_history");
        try {
            assertThatCode(flyway::validate).doesNotThrowAnyException();
            assertThat(flyway.migrate().migrationsExecuted).isZero();
            assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo(NEWER_VERSION);
        } finally {
            execute("delete from flyway_schema_history where version = '" + NEWER_VERSION + "'");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
