package io.liaison.common.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaison.common.persistence.SqlLiterals;
import io.liaison.common.time.AppClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PostgreSQL's CSV writes instants with the very text the service's JSON mapper gives them. */
@QuarkusTest
class CsvSqlTest {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Test
    void instantsReadAsTheJsonWritesThem() throws Exception {
        for (String text : List.of(
                "2026-01-15T14:00:00Z",
                "2026-07-01T08:30:00Z",
                "2026-07-01T08:30:15.5Z",
                "2026-07-01T08:30:15.12Z",
                "2026-03-29T00:59:59.123Z",
                "2026-03-29T01:00:00.1234Z",
                "2026-10-25T00:30:00.123456Z",
                "2026-10-25T01:30:00.000001Z",
                "1999-12-31T23:59:59.999999Z")) {
            Instant at = Instant.parse(text);
            String sql = "select " + CsvSql.londonTime(":at") + ", " + CsvSql.instant(":at");
            Object[] row = QuarkusTransaction.requiringNew()
                    .call(() -> (Object[]) em.createNativeQuery(SqlLiterals.inline(sql, Map.of("at", at)))
                            .getSingleResult());
            assertThat(row[0])
                    .as(text)
                    .isEqualTo(unquoted(
                            json.writeValueAsString(at.atZone(AppClock.LONDON).toOffsetDateTime())));
            assertThat(row[1]).as(text).isEqualTo(unquoted(json.writeValueAsString(at)));
        }
    }

    @Test
    void aMissingInstantIsEmpty() {
        String sql = "select " + CsvSql.londonTime("null::timestamptz") + ", " + CsvSql.instant("null::timestamptz");
        Object[] row = QuarkusTransaction.requiringNew()
                .call(() -> (Object[]) em.createNativeQuery(sql).getSingleResult());
        assertThat(row).containsExactly(null, null);
    }

    private static String unquoted(String jsonString) {
        return jsonString.substring(1, jsonString.length() - 1);
    }
}
