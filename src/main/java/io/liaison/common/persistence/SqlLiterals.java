package io.liaison.common.persistence;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.postgresql.core.Utils;

/**
 * Puts a query's named parameters ({@code :name}) into its text as typed SQL literals, for the one statement that
 * cannot bind them: {@code COPY (query) TO STDOUT}. Strings are escaped by the PostgreSQL driver's own literal
 * escaping (what it sends in its simple-query mode), as an {@code E''} literal so the server's
 * standard_conforming_strings setting does not matter; every other value is rendered from a type whose text cannot
 * hold a quote. String literals, quoted identifiers and {@code ::} casts in the query are left alone.
 */
public final class SqlLiterals {

    private SqlLiterals() {}

    /** @throws IllegalArgumentException for a parameter the map lacks or a value of a type it cannot render */
    public static String inline(String sql, Map<String, ?> parameters) {
        StringBuilder out = new StringBuilder(sql.length() + 64);
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closingQuote(sql, i);
                out.append(sql, i, end);
                i = end;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                if (!parameters.containsKey(name)) {
                    throw new IllegalArgumentException("no value for parameter :" + name);
                }
                out.append(literal(parameters.get(name)));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index just past the quote that closes the one at {@code start} (a doubled quote stays inside). */
    private static int closingQuote(String sql, int start) {
        char quote = sql.charAt(start);
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("unterminated " + quote + " in the query");
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
