package io.liaison.common.persistence;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A WHERE clause built from optional filters with named parameters, shared by a list's page query, its count
 * and its CSV export, so the three can never disagree about which rows match.
 */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public SqlFilter where(String condition) {
        conditions.add(condition);
        return this;
    }

    public SqlFilter where(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    /** A parameter that several conditions share. */
    public SqlFilter param(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** The filters every list shares: archived rows hidden unless asked for, and incremental sync. */
    public SqlFilter standard(
            io.liaison.common.paging.PageParams params, String statusCondition, String updatedColumn) {
        if (!params.includeArchived && statusCondition != null) {
            where(statusCondition);
        }
        if (params.updatedSince != null) {
            where(updatedColumn + " >= :updatedSince", "updatedSince", params.updatedSince);
        }
        return this;
    }

    public String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    public Map<String, Object> parameters() {
        return java.util.Collections.unmodifiableMap(parameters);
    }

    /**
     * A LIKE pattern matching {@code text} anywhere, case-insensitively, with LIKE's wildcards escaped by a backslash,
     * PostgreSQL's default escape character (so statements need no ESCAPE clause, whose quoted backslash Jdbi's parser
     * would read as escaping the quote).
     */
    public static String containsPattern(String text) {
        String escaped = text.trim()
                .toLowerCase()
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
