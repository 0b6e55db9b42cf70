package io.liaison.common.persistence;

import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a list's SQL: one query for the page of entities, one for the total, both from the same filter. Lists are
 * plain SQL because their filters (through current posts, policy interests) are EXISTS subqueries that read
 * better, and plan more predictably, than their HQL equivalents.
 */
@ApplicationScoped
public class ListQueries {

    private final EntityManager em;

    ListQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * @param from the FROM clause, e.g. {@code "stakeholder s"}; the select list is the alias's row
     * @param alias the alias whose columns map to {@code type}
     */
    public <E, R> PageResponse<R> page(
            Class<E> type,
            String from,
            String alias,
            SqlFilter filter,
            String orderBy,
            PageParams params,
            Function<List<E>, List<R>> toResponses) {
        long total = ((Number) filter.bind(em.createNativeQuery("select count(*) from " + from + filter.clause()))
                        .getSingleResult())
                .longValue();
        List<E> rows = total == 0 ? List.of() : rows(type, from, alias, filter, orderBy, params.offset(), params.size);
        return PageResponse.of(toResponses.apply(rows), params, total);
    }

    @SuppressWarnings("unchecked")
    public <E> List<E> rows(
            Class<E> type, String from, String alias, SqlFilter filter, String orderBy, int offset, int limit) {
        String sql = "select " + alias + ".* from " + from + filter.clause() + " order by " + orderBy
                + " limit :limit offset :offset";
        return filter.bind(em.createNativeQuery(sql, type))
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
    }
}
