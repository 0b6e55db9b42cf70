package io.liaison.common.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when a connection from the pool is valid; DOWN at once, without trying, while the database is known to be
 * unreachable. In place of the Agroal extension's check, whose answer carried the driver's error text.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private final DatabaseCircuit circuit;
    private final AgroalDataSource dataSource;

    DatabaseReadiness(DatabaseCircuit circuit, AgroalDataSource dataSource) {
        this.circuit = circuit;
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        boolean valid;
        try {
            valid = !circuit.isOpen() && dataSource.isHealthy(false);
        } catch (SQLException unreachable) {
            valid = false;
        }
        return HealthCheckResponse.named("Database")
                .status(valid)
                .withData("circuit", circuit.isOpen() ? "open" : "closed")
                .build();
    }
}
