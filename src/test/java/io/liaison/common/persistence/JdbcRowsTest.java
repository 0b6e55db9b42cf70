package io.liaison.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The named parameters JdbcRows turns into JDBC's positional ones; the statements themselves run in every *Test. */
class JdbcRowsTest {

    @Test
    void shouldNumberEachNamedParameterInOrderOfAppearance() {
        JdbcRows.Positional p = JdbcRows.translate(
                "select 1 from t where a = :first and b between :today and cast(:today as date) + :days_2");

        assertThat(p.sql()).isEqualTo("select 1 from t where a = ? and b between ? and cast(? as date) + ?");
        assertThat(p.names()).containsExactly("first", "today", "today", "days_2");
    }

    @Test
    void shouldLeaveCastsQuotedTextAndQuotedNamesAlone() {
        JdbcRows.Positional p = JdbcRows.translate(
                "select x::text, 'at :noon', \"col:umn\" from t where y like :q escape '\\' and z = :z");

        assertThat(p.sql())
                .isEqualTo("select x::text, 'at :noon', \"col:umn\" from t where y like ? escape '\\' and z = ?");
        assertThat(p.names()).containsExactly("q", "z");
    }

    @Test
    void shouldReadDoubledQuotesInsideTextAsPartOfIt() {
        JdbcRows.Positional p = JdbcRows.translate("select 'it''s :not' where a = :a");

        assertThat(p.sql()).isEqualTo("select 'it''s :not' where a = ?");
        assertThat(p.names()).containsExactly("a");
    }

    @Test
    void shouldRejectUnterminatedText() {
        assertThatThrownBy(() -> JdbcRows.translate("select 'open where a = :a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unterminated");
    }

    @Test
    void shouldNameAParameterGivenNoValueBeforeTouchingTheDatabase() {
        SqlQuery query = new SqlQuery("select 1 where a = :a and b = :b", Map.of("a", 1));

        assertThatThrownBy(() -> JdbcRows.list(null, query))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":b");
    }
}
