package io.liaison.common.persistence;

import java.util.HashMap;
import java.util.Map;

/** A native query's text and the values of its named parameters, built in one place and run in another. */
public record SqlQuery(String sql, Map<String, Object> parameters) {

    /** The same query with more values (a page's limit and offset, say); a value given again replaces the first. */
    public SqlQuery with(Map<String, ?> more) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.putAll(more);
        return new SqlQuery(sql, all);
    }
}
