package io.liaison.common.persistence;

import java.lang.reflect.Type;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.RowMapperFactory;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps a row into any record by column name, through Jdbi's {@link ConstructorMapper}: {@code first_name} (or
 * {@code firstName}) fills the component {@code firstName}; a missing column is an error unless the component is
 * {@code @Nullable}.
 *
 * <p>A constructor mapper matches columns to components for every result set it is given, reading the record's
 * parameter annotations by reflection each time. The match depends only on the record and the result's column
 * labels, so it is made once per record and set of labels and reused; and one mapper is kept per record, since Jdbi
 * keeps what it finds for a handle only as long as that handle.
 */
final class RecordMappers implements RowMapperFactory {

    /** Far more than the statements there are: a bound, should a record ever be read under ever-new labels. */
    private static final int MAX_LAYOUTS = 64;

    private final ClassValue<RowMapper<?>> mappers = new ClassValue<>() {
        @Override
        protected RowMapper<?> computeValue(Class<?> type) {
            return new ByLayout<>(ConstructorMapper.of(type));
        }
    };

    @Override
    public Optional<RowMapper<?>> build(Type type, ConfigRegistry config) {
        return type instanceof Class<?> c && c.isRecord() ? Optional.of(mappers.get(c)) : Optional.empty();
    }

    private static final class ByLayout<T> implements RowMapper<T> {

        private final RowMapper<T> constructor;
        private final Map<List<String>, RowMapper<T>> matched = new ConcurrentHashMap<>();

        ByLayout(RowMapper<T> constructor) {
            this.constructor = constructor;
        }

        @Override
        public T map(ResultSet rs, StatementContext ctx) throws SQLException {
            return specialize(rs, ctx).map(rs, ctx);
        }

        @Override
        public RowMapper<T> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
            ResultSetMetaData metadata = rs.getMetaData();
            List<String> labels = new ArrayList<>(metadata.getColumnCount());
            for (int i = 1; i <= metadata.getColumnCount(); i++) {
                labels.add(metadata.getColumnLabel(i));
            }
            RowMapper<T> known = matched.get(labels);
            if (known == null) {
                known = constructor.specialize(rs, ctx);
                if (matched.size() < MAX_LAYOUTS) {
                    matched.put(labels, known);
                }
            }
            return known;
        }
    }
}
