package io.liaison.common.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.enums.EnumStrategy;
import org.jdbi.v3.core.enums.Enums;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * The one {@link Jdbi}, over the datasource every other path uses: the {@link DatabaseCircuit}'s guarded pool. Inside
 * a JTA transaction that pool hands out the connection enlisted in it, the one Hibernate writes on, so a read sees the
 * transaction's own writes (once flushed: see {@link SqlRunner}); outside one it lends a connection for the statement.
 *
 * <p>What Jdbi does not do the way this service needs is set here, once: records map by column name, instants bind
 * as {@code timestamptz}, a null uuid binds untyped, enums bind and map by name, and uuid and text arrays bind as
 * PostgreSQL arrays. LocalDate and OffsetDateTime bind and map as the driver does by default. (jdbi3-postgres has
 * these and much more, but customises every handle it opens; nothing else of it is needed here.)
 */
@ApplicationScoped
public class JdbiProducer {

    @Produces
    @Singleton
    Jdbi jdbi(AgroalDataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.registerRowMapper(new RecordMappers());
        jdbi.registerArgument(new InstantArgumentFactory());
        jdbi.registerArgument(new UuidArgumentFactory());
        jdbi.registerArrayType(UUID.class, "uuid");
        jdbi.registerArrayType(String.class, "text");
        jdbi.getConfig(Enums.class).setEnumStrategy(EnumStrategy.BY_NAME);
        // SQL is written out in full, with no <attribute> templates: the statements are parsed for :names only.
        jdbi.setTemplateEngine(TemplateEngine.NOP);
        // A filter's parameters go to its count and its page alike, and some are read by one of them only.
        jdbi.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
        // A handle opened inside a container transaction must leave that transaction to its container: closing it
        // neither commits nor rolls back.
        jdbi.getConfig(Handles.class).setForceEndTransactions(false);
        return jdbi;
    }

    /**
     * An instant as a {@code timestamptz} at UTC, as Hibernate binds it: Jdbi's default binds a {@code timestamp}
     * without zone in the JVM's zone, which PostgreSQL cannot tell from a local time in arithmetic and comparisons.
     */
    static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {

        InstantArgumentFactory() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            return (position, statement, context) -> statement.setObject(position, value.atOffset(ZoneOffset.UTC));
        }
    }

    /**
     * A uuid as the driver binds it, and a null one untyped, so PostgreSQL takes it for the column it goes into: Jdbi's
     * default types a null uuid as varchar, which no uuid column accepts.
     */
    static final class UuidArgumentFactory extends AbstractArgumentFactory<UUID> {

        UuidArgumentFactory() {
            super(Types.OTHER);
        }

        @Override
        protected Argument build(UUID value, ConfigRegistry config) {
            return (position, statement, context) -> statement.setObject(position, value);
        }
    }
}
