package io.liaison.common.persistence;

import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.hibernate.Session;

/**
 * Runs a list's SQL: one query for the page of entities, one for the total, both from the same filter. Lists are
 * plain SQL because their filters (through current posts, policy interests) are EXISTS subqueries that read
 * better, and plan more predictably, than their HQL equivalents. The SQL picks the ids; the entities are loaded by id
 * through Hibernate (in one statement per page or batch, in the ids' order).
 */
@ApplicationScoped
public class ListQueries {

    private final EntityManager em;
    private final SqlRunner sql;

    ListQueries(EntityManager em, SqlRunner sql) {
        this.em = em;
        this.sql = sql;
    }

    /**
     * What a list reads, named once for its pages and its export's batches: the entity, the FROM clause (its table and
     * alias, e.g. {@code "stakeholder s"}) and how a page or batch of entities is answered.
     */
    public record Listing<E, R>(Class<E> type, String from, Function<List<E>, List<R>> toResponses) {

        String alias() {
            return from.substring(from.lastIndexOf(' ') + 1);
        }
    }

    /** A page of the listing's rows that match {@code filter}, in order, with their total. */
    public <E, R> PageResponse<R> page(Listing<E, R> listing, SqlFilter filter, String orderBy, PageParams params) {
        return page(listing.type(), listing.from(), listing.alias(), filter, orderBy, params, listing.toResponses());
    }

    /** Every row of the listing that matches {@code filter}, in order, in batches (as {@link #batches}). */
    public <E, R> Stream<List<R>> batches(Listing<E, R> listing, SqlFilter filter, String orderBy, int batchSize) {
        return batches(
                listing.type(), listing.from(), listing.alias(), filter, orderBy, batchSize, listing.toResponses());
    }

    /**
     * @param from the FROM clause, e.g. {@code "stakeholder s"}
     * @param alias the alias of the table of {@code type}
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

    /** An id of a page counted with it. */
    record CountedId(UUID id, long total) {}

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
        Map<String, Object> parameters = window(filter, params.offset(), params.size);
        List<UUID> ids;
        long total;
        if (counting == Counting.WITH_THE_PAGE) {
            List<CountedId> rows = sql.list(
                    CountedId.class, "select " + idColumn + " as id, count(*) over () as total" + page, parameters);
            ids = rows.stream().map(CountedId::id).toList();
            // A page past the end has no row to carry the total: then it is counted on its own.
            total = !rows.isEmpty() ? rows.get(0).total() : params.offset() == 0 ? 0 : count(from, filter);
        } else {
            total = count(from, filter);
            ids = total == 0 ? List.of() : sql.list(UUID.class, "select " + idColumn + page, parameters);
        }
        return PageResponse.of(toResponses.apply(ids), params, total);
    }

    private long count(String from, SqlFilter filter) {
        return sql.one(Long.class, "select count(*) from " + from + filter.clause(), filter.parameters());
    }

    public <E> List<E> rows(
            Class<E> type, String from, String alias, SqlFilter filter, String orderBy, int offset, int limit) {
        Class<?> idType = idType(type);
        String ids = "select " + idColumn(type, alias) + " from " + from + filter.clause() + " order by " + orderBy
                + " limit :limit offset :offset";
        return load(type, sql.list(idType, ids, window(filter, offset, limit)));
    }

    /**
     * Every matching row in order, read through a database cursor {@code batchSize} ids at a time and handed on as
     * mapped batches, for exports: linear however many rows there are, and only one batch in memory. Must be
     * consumed (and closed) inside the caller's transaction; each batch is detached once mapped.
     */
    public <E, R> Stream<List<R>> batches(
            Class<E> type,
            String from,
            String alias,
            SqlFilter filter,
            String orderBy,
            int batchSize,
            Function<List<E>, List<R>> toResponses) {
        String ids = "select " + idColumn(type, alias) + " from " + from + filter.clause() + " order by " + orderBy;
        Stream<?> rows = sql.stream(idType(type), ids, filter.parameters(), batchSize);
        Iterator<?> cursor = rows.iterator();
        Iterator<List<R>> mapped = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public List<R> next() {
                List<Object> batch = new ArrayList<>(batchSize);
                while (batch.size() < batchSize && cursor.hasNext()) {
                    batch.add(cursor.next());
                }
                List<R> responses = toResponses.apply(load(type, batch));
                em.clear();
                return responses;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(mapped, Spliterator.ORDERED), false)
                .onClose(rows::close);
    }

    /** The entities of these ids, in their order (one that has gone since is left out). */
    private <E> List<E> load(Class<E> type, List<?> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.unwrap(Session.class).byMultipleIds(type).multiLoad(ids).stream()
                .filter(Objects::nonNull)
                .toList();
    }

    private Class<?> idType(Class<?> type) {
        return em.getMetamodel().entity(type).getIdType().getJavaType();
    }

    /** The id's column, named as its attribute is (every entity's is). */
    private <E> String idColumn(Class<E> type, String alias) {
        EntityType<E> entity = em.getMetamodel().entity(type);
        return alias + "." + entity.getId(entity.getIdType().getJavaType()).getName();
    }

    private static Map<String, Object> window(SqlFilter filter, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        return parameters;
    }
}
