package io.liaison.common.persistence;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Has Flyway apply the derived tables' definitions after each migrate, at start-up as in any injected Flyway. */
@Singleton
public class DerivedTablesFlyway implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.callbacks(new DerivedTableDefinitions());
    }
}
