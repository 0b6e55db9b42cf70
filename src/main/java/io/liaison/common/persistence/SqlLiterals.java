package io.liaison.common.persistence;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.postgresql.core.NativeQuery;
import org.postgresql.core.Parser;
import org.postgresql.core.Utils;

/**
 * Puts a query's named parameters ({@code :name}) into its text as typed SQL literals, for the one statement that
 * cannot bind them: {@code COPY (query) TO STDOUT}. Strings are escaped by the PostgreSQL driver's own literal
 * escaping (what it sends in its simple-query mode), as an {@code E''} literal so the server's
 * standard_conforming_strings setting does not matter; every other value is rendered from a type whose text cannot
 * hold a quote. The parameters are found as Jdbi finds them for every other statement (its colon-prefix parser), and
 * put in where the PostgreSQL driver would bind them (its own parser, which knows PostgreSQL's quoting).
 */
public final class SqlLiterals {

    private SqlLiterals() {}

    private static final SqlParser NAMED = new ColonPrefixSqlParser();

    /** @throws IllegalArgumentException for a parameter the map lacks or a value of a type it cannot render */
    public static String inline(String sql, Map<String, ?> parameters) {
        ParsedSql parsed = NAMED.parse(sql, null);
        List<String> names = parsed.getParameters().getParameterNames();
        NativeQuery bound;
        try {
            bound = Parser.parseJdbcSql(parsed.getSql(), true, true, false, false, false)
                    .get(0);
        } catch (SQLException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (bound.bindPositions.length != names.size()) {
            throw new IllegalArgumentException("expected named parameters only in " + sql);
        }
        StringBuilder out = new StringBuilder(bound.nativeSql.length() + 64);
        int from = 0;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("no value for parameter :" + name);
            }
            int at = bound.bindPositions[i];
            out.append(bound.nativeSql, from, at).append(literal(parameters.get(name)));
            from = at + NativeQuery.bindName(i + 1).length();
        }
        return out.append(bound.nativeSql, from, bound.nativeSql.length()).toString();
    }

    static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof UUID || value instanceof Instant || value instanceof OffsetDateTime) {
            return "'" + value + (value instanceof UUID ? "'::uuid" : "'::timestamptz");
        }
        if (value instanceof LocalDate) {
            return "'" + value + "'::date";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return text(e.name());
        }
        if (value instanceof String s) {
            return text(s);
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass() + " as a SQL literal");
    }

    private static String text(String value) {
        try {
            return Utils.escapeLiteral(new StringBuilder("E'"), value, false)
                    .append('\'')
                    .toString();
        } catch (SQLException e) { // the driver refuses a NUL character, which no PostgreSQL text can hold
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
