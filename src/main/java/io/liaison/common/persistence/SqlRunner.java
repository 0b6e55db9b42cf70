package io.liaison.common.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.postgresql.PGStatement;

/**
 * Runs SQL through Jdbi ({@link JdbiProducer}): rows mapped by column name into records, parameters bound by name
 * ({@code :name}), arrays as PostgreSQL arrays. Inside a transaction it runs on that transaction's connection, after
 * Hibernate has flushed what the transaction changed, as Hibernate does before its own native queries: a read sees
 * the transaction's writes, and a write lands after them.
 */
@ApplicationScoped
public class SqlRunner {

    private final Jdbi jdbi;
    private final EntityManager em;

    SqlRunner(Jdbi jdbi, EntityManager em) {
        this.jdbi = jdbi;
        this.em = em;
    }

    /** The rows of {@code sql} as {@code type}: a record by column name, or a single column's value. */
    public <T> List<T> list(Class<T> type, String sql, Map<String, ?> parameters) {
        return withHandle(handle ->
                handle.createQuery(sql).bindMap(parameters).mapTo(type).list());
    }

    /** The rows of {@code sql} as {@code mapper} reads them, for a row whose columns vary with the statement. */
    public <T> List<T> list(RowMapper<T> mapper, String sql, Map<String, ?> parameters) {
        return withHandle(handle ->
                handle.createQuery(sql).bindMap(parameters).map(mapper).list());
    }

    /**
     * The same for a statement over many rows whose best plan depends on its parameters (a report's period and scope):
     * planned for its parameters on every call. The driver would otherwise prepare it on the server after a few calls,
     * and PostgreSQL may then settle on one generic plan for every period.
     */
    public <T> List<T> listPlannedPerCall(RowMapper<T> mapper, String sql, Map<String, ?> parameters) {
        return withHandle(handle -> handle.createQuery(sql)
                .addCustomizer(PLANNED_PER_CALL)
                .bindMap(parameters)
                .map(mapper)
                .list());
    }

    private static final StatementCustomizer PLANNED_PER_CALL = new StatementCustomizer() {
        @Override
        public void beforeExecution(PreparedStatement statement, StatementContext ctx) throws SQLException {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    };

    public <T> List<T> list(Class<T> type, SqlQuery query) {
        return list(type, query.sql(), query.parameters());
    }

    /** The first row, if there is one. */
    public <T> Optional<T> first(Class<T> type, String sql, Map<String, ?> parameters) {
        return withHandle(handle ->
                handle.createQuery(sql).bindMap(parameters).mapTo(type).findFirst());
    }

    /** The single value of a statement that always returns one row, such as a count. */
    public <T> T one(Class<T> type, String sql, Map<String, ?> parameters) {
        return withHandle(handle ->
                handle.createQuery(sql).bindMap(parameters).mapTo(type).one());
    }

    /** Runs an insert, update or delete; the rows it changed. */
    public int update(String sql, Map<String, ?> parameters) {
        return withHandle(handle -> handle.createUpdate(sql).bindMap(parameters).execute());
    }

    /**
     * The rows read through a database cursor {@code fetchSize} rows at a time, for exports: must be consumed and
     * closed inside the caller's transaction (outside one, PostgreSQL sends every row at once).
     */
    public <T> Stream<T> stream(Class<T> type, String sql, Map<String, ?> parameters, int fetchSize) {
        return stream(handle -> handle.createQuery(sql)
                .bindMap(parameters)
                .setFetchSize(fetchSize)
                .mapTo(type));
    }

    /** As {@link #stream(Class, String, Map, int)}, each row read by {@code mapper}. */
    public <T> Stream<T> stream(RowMapper<T> mapper, String sql, Map<String, ?> parameters, int fetchSize) {
        return stream(handle -> handle.createQuery(sql)
                .bindMap(parameters)
                .setFetchSize(fetchSize)
                .map(mapper));
    }

    private <T> Stream<T> stream(Function<Handle, ResultIterable<T>> rows) {
        flushPendingWrites();
        Handle handle = jdbi.open();
        try {
            return rows.apply(handle).stream().onClose(handle::close);
        } catch (RuntimeException e) {
            handle.close();
            throw e;
        }
    }

    /** Anything else Jdbi does, on a handle over the transaction's connection. */
    public <R> R withHandle(HandleCallback<R, RuntimeException> work) {
        flushPendingWrites();
        return jdbi.withHandle(work);
    }

    private void flushPendingWrites() {
        if (QuarkusTransaction.isActive()) {
            em.flush();
        }
    }
}
