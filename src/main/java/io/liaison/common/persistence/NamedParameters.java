package io.liaison.common.persistence;

import java.util.function.Function;

/**
 * Finds a native query's named parameters ({@code :name}) the way Hibernate's own parser does: string literals,
 * quoted identifiers and {@code ::} casts are left alone. One scanner for every place that rewrites them
 * (SqlLiterals for COPY, JdbcRows for JDBC's positional parameters).
 */
final class NamedParameters {

    private NamedParameters() {}

    /**
     * The query with each {@code :name} replaced by what {@code replacement} gives for the name, in order of
     * appearance.
     *
     * @throws IllegalArgumentException for an unterminated quote
     */
    static String replace(String sql, Function<String, String> replacement) {
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
                out.append(replacement.apply(sql.substring(i + 1, end)));
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
}
