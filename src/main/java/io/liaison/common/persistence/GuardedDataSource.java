package io.liaison.common.persistence;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSourceMetrics;
import io.agroal.api.AgroalPoolInterceptor;
import io.agroal.api.configuration.AgroalDataSourceConfiguration;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;

/** Quarkus' pool, with every way of getting a connection from it going through the {@link DatabaseCircuit}. */
final class GuardedDataSource implements AgroalDataSource {

    private static final long serialVersionUID = 1L;

    private final transient AgroalDataSource pool;
    private final transient DatabaseCircuit circuit;

    GuardedDataSource(AgroalDataSource pool, DatabaseCircuit circuit) {
        this.pool = pool;
        this.circuit = circuit;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return circuit.through(pool::getConnection);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return circuit.through(() -> pool.getConnection(username, password));
    }

    @Override
    public Connection getReadOnlyConnection() throws SQLException {
        return circuit.through(pool::getReadOnlyConnection);
    }

    @Override
    public boolean isHealthy(boolean newConnection) throws SQLException {
        return circuit.through(() -> pool.isHealthy(newConnection));
    }

    @Override
    public AgroalDataSourceConfiguration getConfiguration() {
        return pool.getConfiguration();
    }

    @Override
    public AgroalDataSourceMetrics getMetrics() {
        return pool.getMetrics();
    }

    @Override
    public void flush(FlushMode mode) {
        pool.flush(mode);
    }

    @Override
    public void setPoolInterceptors(Collection<? extends AgroalPoolInterceptor> interceptors) {
        pool.setPoolInterceptors(interceptors);
    }

    @Override
    public List<AgroalPoolInterceptor> getPoolInterceptors() {
        return pool.getPoolInterceptors();
    }

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }
}
