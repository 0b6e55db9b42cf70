package io.liaison.common.paging;

import io.liaison.common.error.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code sort=field,-field} into an SQL ORDER BY from an allow-list, so no client text ever reaches SQL.
 * The id is always the last key, which makes paging stable.
 */
public final class SortOrder {

    private SortOrder() {}

    /**
     * @param allowed client field name to SQL expression, in the order shown in error messages
     * @param defaultSort used when the client sends none
     * @param idColumn the tie-breaker
     */
    public static String toSql(
            PageParams params, Map<String, String> allowed, String defaultSort, String idColumn, String updatedColumn) {
        if (params.updatedSince != null) {
            if (params.sort != null && !params.sort.isBlank()) {
                throw ApiProblem.invalid("sort", "cannot be combined with updatedSince, which orders by update time");
            }
            return updatedColumn + ", " + idColumn;
        }
        String sort = params.sort == null || params.sort.isBlank() ? defaultSort : params.sort;
        List<String> keys = new ArrayList<>();
        for (String part : sort.split(",", -1)) {
            String field = part.trim();
            boolean descending = field.startsWith("-");
            if (descending) {
                field = field.substring(1);
            }
            String expression = allowed.get(field);
            if (expression == null) {
                throw ApiProblem.invalid(
                        "sort",
                        "unknown sort field '" + part.trim() + "'; allowed: " + String.join(", ", allowed.keySet())
                                + " (prefix - for descending)");
            }
            // Missing values (no influence score, no term end) sort last either way. A field sorted by several
            // columns (last name, then first name) takes the direction on each of them, not only on the last.
            String direction = descending ? " desc nulls last" : " asc nulls last";
            for (String column : topLevelParts(expression)) {
                keys.add(column + direction);
            }
        }
        keys.add(idColumn);
        return String.join(", ", keys);
    }

    /** The comma-separated columns of a sort expression, leaving commas inside parentheses alone. */
    static List<String> topLevelParts(String expression) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(expression.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(expression.substring(start).trim());
        return parts;
    }
}
