package io.liaison.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** COPY cannot bind parameters, so the CSV export puts them into its text: nothing a caller sends may escape. */
@QuarkusTest
class SqlLiteralsTest {

    @Inject
    EntityManager em;

    @Test
    void textComesBackFromPostgresExactlyAsSent() {
        for (String hostile : List.of(
                "it's",
                "'; drop table interaction; --",
                "back\\slash\\' and \\\\'' quotes",
                "E'\\x41'",
                "$$ dollar $$",
                ":name and ::text",
                "Café — “London” 🚇",
                "line\nbreak\ttab\r")) {
            String sql = "select " + SqlLiterals.inline(":v", Map.of("v", hostile));
            assertThat(QuarkusTransaction.requiringNew()
                            .call(() -> em.createNativeQuery(sql).getSingleResult()))
                    .as(sql)
                    .isEqualTo(hostile);
        }
    }

    @Test
    void typedValuesKeepTheirTypes() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-06-01T09:30:15.123456Z");
        String sql = "select pg_typeof(" + SqlLiterals.inline(":id", Map.of("id", id)) + ")::text, "
                + SqlLiterals.inline(
                        ":id = :id and :at = :at and :n = 5 and :on", Map.of("id", id, "at", at, "n", 5, "on", true))
                + ", extract(epoch from " + SqlLiterals.inline(":at", Map.of("at", at)) + ")::text";
        Object[] row = QuarkusTransaction.requiringNew()
                .call(() -> (Object[]) em.createNativeQuery(sql).getSingleResult());
        assertThat(row[0]).isEqualTo("uuid");
        assertThat(row[1]).isEqualTo(true);
        assertThat(row[2]).isEqualTo("1780306215.123456");
    }

    @Test
    void leavesCastsStringLiteralsAndQuotedNamesAlone() {
        String sql = "select :a::text, ':a', 'it''s :a', \"odd:a\" from t where x = :b";
        assertThat(SqlLiterals.inline(sql, Map.of("a", "A", "b", 7)))
                .isEqualTo("select E'A'::text, ':a', 'it''s :a', \"odd:a\" from t where x = 7");
    }

    @Test
    void refusesAMissingParameterOrAnUnknownType() {
        assertThatThrownBy(() -> SqlLiterals.inline("select :gone", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":gone");
        assertThatThrownBy(() -> SqlLiterals.inline("select :x", Map.of("x", new Object())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlLiterals.inline("select :x", Map.of("x", "nul\0")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
