package io.liaison.common.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.liaison.common.persistence.SqlLiterals;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The formula escape: text only, undone exactly by the import's unescape, and the same in SQL as in Java. */
@QuarkusTest
class CsvEscapeTest {

    private static final List<String> SAMPLES = List.of(
            "",
            "plain",
            "=SUM(A1:A9)",
            "+44 20 7983 4000",
            "-minus",
            "@handle",
            "\tTab",
            "\rReturn",
            "'",
            "''",
            "'=already quoted",
            "''+twice",
            "'plain",
            "O'Brien",
            " =space first",
            "a=b",
            "\nLine feed");

    @Inject
    EntityManager em;

    @Test
    void onlyTextThatWouldStartAFormulaIsEscaped() {
        assertThat(CsvEscape.escape("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(CsvEscape.escape("'=already quoted")).isEqualTo("''=already quoted");
        assertThat(CsvEscape.escape("'plain")).isEqualTo("'plain");
        assertThat(CsvEscape.escape(" =space first")).isEqualTo(" =space first");
        assertThat(CsvEscape.FORMULAS.cell(-5)).isEqualTo(-5);
        assertThat(CsvEscape.FORMULAS.cell(new BigDecimal("-0.5"))).isEqualTo(new BigDecimal("-0.5"));
        assertThat(CsvEscape.NONE.cell("=SUM(A1:A9)")).isEqualTo("=SUM(A1:A9)");
    }

    @Test
    void unescapeGivesBackExactlyWhatWasEscaped() {
        for (String text : SAMPLES) {
            assertThat(CsvEscape.unescape(CsvEscape.escape(text))).as(text).isEqualTo(text);
        }
    }

    @Test
    void theSqlEscapeWritesWhatTheJavaOneDoes() {
        for (String text : SAMPLES) {
            String sql = "select " + CsvEscape.escapeSql("cast(:text as text)");
            Object escaped = QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery(SqlLiterals.inline(sql, Map.of("text", text)))
                            .getSingleResult());
            assertThat(escaped).as(text).isEqualTo(CsvEscape.escape(text));
        }
        Object nothing = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select " + CsvEscape.escapeSql("cast(null as text)"))
                        .getSingleResult());
        assertThat(nothing).isNull();
    }
}
