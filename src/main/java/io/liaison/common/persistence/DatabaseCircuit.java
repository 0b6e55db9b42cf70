package io.liaison.common.persistence;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSource.FlushMode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.ClientProxy;
import io.quarkus.arc.InjectableBean;
import io.quarkus.arc.Unremovable;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps requests off a database that cannot be reached. The first connection the pool cannot give (the server refuses
 * or drops it, or none comes within the acquisition timeout) opens the circuit: from then on every connection asked
 * for fails at once with {@link DatabaseUnreachableException}, which the API answers 503 with {@code Retry-After},
 * instead of each request queueing for the pool to try and fail again; readiness reports DOWN without trying either.
 * While the circuit is open, a probe in the background tries a real connection every second, and closes the circuit as
 * soon as one is made.
 *
 * <p>Every path to the database goes through here: {@link #guardedDataSource()} stands in for the datasource bean of
 * Quarkus' Agroal extension, so Hibernate, the health check and any code that injects a {@code DataSource} get their
 * connections from the circuit.
 */
@Singleton
public class DatabaseCircuit {

    /** The scheduled probe's identity (tests pause it to tell its connections from the requests'). */
    public static final String PROBE = "database-probe";

    private final AtomicBoolean open = new AtomicBoolean();
    private final BeanManager beans;
    private final Counter refused;
    private volatile AgroalDataSource pool;

    DatabaseCircuit(BeanManager beans, MeterRegistry registry) {
        this.beans = beans;
        Gauge.builder("liaison.database.circuit.open", open, o -> o.get() ? 1 : 0)
                .description("1 while the database is known to be unreachable and connections are refused at once")
                .register(registry);
        this.refused = Counter.builder("liaison.database.connections.refused")
                .description("Connections refused at once because the database was known to be unreachable")
                .register(registry);
    }

    /**
     * The datasource everything else is given: Quarkus' pool behind this circuit. An alternative with a priority wins
     * over the extension's own bean wherever a {@code DataSource} or {@code AgroalDataSource} is looked up, Hibernate's
     * look-up included. (A CDI decorator would have been the textbook way, but ArC decorates class beans only, and the
     * pool is a synthetic bean.)
     */
    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    @Unremovable
    AgroalDataSource guardedDataSource() {
        return new GuardedDataSource(pool(), this);
    }

    public boolean isOpen() {
        return open.get();
    }

    /** Runs one use of the pool, unless the circuit is open; a connection failure opens it. */
    <T> T through(PoolCall<T> call) throws SQLException {
        if (open.get()) {
            refused.increment();
            throw new DatabaseUnreachableException();
        }
        try {
            return call.run();
        } catch (SQLException e) {
            if (isConnectionFailure(e)) {
                open(e);
            }
            throw e;
        }
    }

    @FunctionalInterface
    interface PoolCall<T> {
        T run() throws SQLException;
    }

    /**
     * A statement failed because the server went away under a connection already in use (it is shutting down, or the
     * connection was cut): the next requests must not try a connection each before learning the same, so the circuit
     * opens now, as it would on a failed connection attempt.
     */
    public void unreachable(SQLException cause) {
        if (isConnectionFailure(cause)) {
            open(cause);
        }
    }

    private void open(SQLException cause) {
        if (open.compareAndSet(false, true)) {
            Log.warnf(
                    "The database cannot be reached (%s): connections are refused at once until a probe connects",
                    cause.getMessage());
            // The pool's connections from before are cut, or soon will be: none of them is handed out again once the
            // circuit closes (idle ones go now, those in use when they come back).
            pool().flush(FlushMode.GRACEFUL);
        }
    }

    /** While the circuit is open: a new connection, validated; the circuit closes when it works. */
    @Scheduled(every = "1s", identity = PROBE, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probe() {
        if (!open.get()) {
            return;
        }
        try {
            if (pool().isHealthy(true) && open.compareAndSet(true, false)) {
                Log.info("The database answers again: connections are given out again");
            }
        } catch (SQLException stillUnreachable) {
            Log.debugf("The database is still unreachable: %s", stillUnreachable.getMessage());
        }
    }

    /**
     * Whether {@code e} (or an exception it wraps) says that no connection could be had: the server refused, dropped or
     * is shutting down (SQL state class 08, 57P), or none came within the pool's acquisition timeout. A statement's
     * own errors (a constraint, a deadlock) are not.
     */
    public static boolean isConnectionFailure(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                // Agroal's timeouts carry no SQL state: "Acquisition timeout while waiting for new connection",
                // "Sorry, acquisition timeout!".
                String message = sql.getMessage();
                if (message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Quarkus' own pool: the synthetic bean its Agroal extension registers, which this class stands in for. Asked for
     * by its kind through the bean manager, since every ordinary look-up now resolves to {@link #guardedDataSource()}.
     */
    private AgroalDataSource pool() {
        AgroalDataSource found = pool;
        if (found == null) {
            Bean<?> bean = beans.getBeans(AgroalDataSource.class).stream()
                    .filter(b -> b instanceof InjectableBean<?> injectable
                            && injectable.getKind() == InjectableBean.Kind.SYNTHETIC)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Quarkus' datasource bean was not found"));
            found = (AgroalDataSource) ClientProxy.unwrap(
                    beans.getReference(bean, AgroalDataSource.class, beans.createCreationalContext(bean)));
            pool = found;
        }
        return found;
    }
}
