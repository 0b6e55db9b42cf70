package io.liaison.common.persistence;

import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.hibernate.jpa.HibernateHints;

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
        long total = count(from, filter);
        List<E> rows = total == 0 ? List.of() : rows(type, from, alias, filter, orderBy, params.offset(), params.size);
        return PageResponse.of(toResponses.apply(rows), params, total);
    }

    /** How a list's total is counted. */
    public enum Counting {
        /**
         * A count query, then the page: best when the page can be read in index order and stop at its last row
         * (an unfiltered list of thousands: counting them with the page would read and sort them all).
         */
        SEPARATELY,
        /**
         * {@code count(*) over ()} in the page query: the filter is evaluated once instead of twice, best when it is
         * expensive (subqueries through posts, text) and the page must be sorted after it anyway. Halved
         * PostgreSQL's work for the stakeholder search (bench/README.md).
         */
        WITH_THE_PAGE
    }

    /**
     * As {@link #page}, but the page query selects only the alias's ids, in order, and {@code toResponses} reads
     * what it shows for them (in one statement of its own, rather than entity by entity).
     */
    public <R> PageResponse<R> pageOfIds(
            String from,
            String alias,
            SqlFilter filter,
            String orderBy,
            PageParams params,
            Counting counting,
            Function<List<UUID>, List<R>> toResponses) {
        return pageOfIdColumn(from, alias + ".id", filter, orderBy, params, counting, toResponses);
    }

    /** As {@link #pageOfIds}, with the ids taken from {@code idColumn}, e.g. a link table's reference. */
    public <R> PageResponse<R> pageOfIdColumn(
            String from,
            String idColumn,
            SqlFilter filter,
            String orderBy,
            PageParams params,
            Counting counting,
            Function<List<UUID>, List<R>> toResponses) {
        String page = " from " + from + filter.clause() + " order by " + orderBy + " limit :limit offset :offset";
        List<UUID> ids;
        long total;
        Map<String, Integer> window = Map.of("limit", params.size, "offset", params.offset());
        if (counting == Counting.WITH_THE_PAGE) {
            List<Object[]> rows = JdbcRows.list(
                    em,
                    new SqlQuery("select " + idColumn + ", count(*) over ()" + page, filter.parameters()).with(window));
            ids = rows.stream().map(row -> (UUID) row[0]).toList();
            // A page past the end has no row to carry the total: then it is counted on its own.
            total = !rows.isEmpty()
                    ? ((Number) rows.get(0)[1]).longValue()
                    : params.offset() == 0 ? 0 : count(from, filter);
        } else {
            total = count(from, filter);
            ids = total == 0
                    ? List.of()
                    : JdbcRows.list(em, new SqlQuery("select " + idColumn + page, filter.parameters()).with(window))
                            .stream()
                            .map(row -> (UUID) row[0])
                            .toList();
        }
        return PageResponse.of(toResponses.apply(ids), params, total);
    }

    private long count(String from, SqlFilter filter) {
        return ((Number) JdbcRows.list(
                                em, new SqlQuery("select count(*) from " + from + filter.clause(), filter.parameters()))
                        .get(0)[0])
                .longValue();
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

    /**
     * Every matching row in order, read through a database cursor {@code batchSize} rows at a time and handed on as
     * mapped batches, for exports: linear however many rows there are, and only one batch in memory. Must be
     * consumed (and closed) inside the caller's transaction; each batch is detached once mapped.
     */
    @SuppressWarnings("unchecked")
    public <E, R> Stream<List<R>> batches(
            Class<E> type,
            String from,
            String alias,
            SqlFilter filter,
            String orderBy,
            int batchSize,
            Function<List<E>, List<R>> toResponses) {
        String sql = "select " + alias + ".* from " + from + filter.clause() + " order by " + orderBy;
        Stream<E> rows = filter.bind(em.createNativeQuery(sql, type))
                .setHint(HibernateHints.HINT_FETCH_SIZE, batchSize)
                .getResultStream();
        Iterator<E> cursor = rows.iterator();
        Iterator<List<R>> mapped = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public List<R> next() {
                List<E> batch = new ArrayList<>(batchSize);
                while (batch.size() < batchSize && cursor.hasNext()) {
                    batch.add(cursor.next());
                }
                List<R> responses = toResponses.apply(batch);
                em.clear();
                return responses;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(mapped, Spliterator.ORDERED), false)
                .onClose(rows::close);
    }
}
