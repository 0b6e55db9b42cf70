package io.liaison.common.persistence;

import java.util.Map;

/** A native query's text and the values of its named parameters, built in one place and run in another. */
public record SqlQuery(String sql, Map<String, Object> parameters) {

    public <Q extends jakarta.persistence.Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
