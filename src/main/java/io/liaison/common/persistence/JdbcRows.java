package io.liaison.common.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;

/**
 * Rows of a read-only native statement, run through JDBC on the session's own connection (so inside its transaction,
 * on a pooled connection like every other statement). For the hot reads (views, list pages, alert and coverage
 * pages): Hibernate resolves a native query's result mapping afresh on every execution (each column's type,
 * precision and scale from the driver's metadata), work that plain JDBC does not do on every call.
 *
 * <p>Like a Hibernate native query it takes {@code :name} parameters, but it does not flush the session first: a
 * write that reads back what it wrote flushes before (as the services already do).
 */
public final class JdbcRows {

    /** The statements seen, with their parameters in order; bounded, as the filters give a finite set of texts. */
    private static final Map<String, Positional> TRANSLATED = new ConcurrentHashMap<>();

    private static final int MAX_TRANSLATED = 2_000;

    private JdbcRows() {}

    public static List<Object[]> list(EntityManager em, SqlQuery query) {
        Positional statement = positional(query.sql());
        Object[] values = new Object[statement.names().size()];
        for (int i = 0; i < values.length; i++) {
            String name = statement.names().get(i);
            if (!query.parameters().containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name + " in " + query.sql());
            }
            values[i] = query.parameters().get(name);
        }
        return em.unwrap(Session.class).doReturningWork(connection -> list(connection, statement.sql(), values));
    }

    private static List<Object[]> list(Connection connection, String sql, Object[] values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, jdbcValue(connection, values[i]));
            }
            try (ResultSet results = statement.executeQuery()) {
                int columns = results.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (results.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = results.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** The values Hibernate would have bound for us: the driver takes no Instant, UUID[] or String[] as it is. */
    private static Object jdbcValue(Connection connection, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof UUID[] ids) {
            return connection.createArrayOf("uuid", ids);
        }
        if (value instanceof String[] texts) {
            return connection.createArrayOf("text", texts);
        }
        return value;
    }

    /** A statement with {@code ?} for each {@code :name}, and the names in order. */
    record Positional(String sql, List<String> names) {}

    static Positional positional(String sql) {
        Positional known = TRANSLATED.get(sql);
        if (known != null) {
            return known;
        }
        Positional translated = translate(sql);
        if (TRANSLATED.size() < MAX_TRANSLATED) {
            TRANSLATED.put(sql, translated);
        }
        return translated;
    }

    static Positional translate(String sql) {
        List<String> names = new ArrayList<>();
        String positional = NamedParameters.replace(sql, name -> {
            names.add(name);
            return "?";
        });
        return new Positional(positional, List.copyOf(names));
    }
}
