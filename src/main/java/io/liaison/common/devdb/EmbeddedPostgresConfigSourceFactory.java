package io.liaison.common.devdb;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * In dev mode with no datasource URL configured, starts a real PostgreSQL from Maven Central (zonky) and points
 * the datasource at it. Its ordinal (270) sits above application.properties (250) and below .env and the
 * environment (295/300), so an explicit QUARKUS_DATASOURCE_JDBC_URL always wins. In any other profile, and in
 * the packaged app (where the optional zonky classes are absent), it supplies nothing.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final int ORDINAL = 270;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("dev") || datasourceConfigured(context) || !EmbeddedPostgres.available()) {
            return List.of();
        }
        Path dataDirectory = Path.of(
                        context.getValue("liaison.dev-database.data-directory").getValue() == null
                                ? ".dev-database"
                                : context.getValue("liaison.dev-database.data-directory")
                                        .getValue())
                .toAbsolutePath();
        Map<String, String> datasource = EmbeddedPostgres.startOrReuse(dataDirectory);
        return List.of(new PropertiesConfigSource(datasource, "liaison-embedded-postgres", ORDINAL));
    }

    private static boolean datasourceConfigured(ConfigSourceContext context) {
        ConfigValue url = context.getValue("quarkus.datasource.jdbc.url");
        return url != null && url.getValue() != null && !url.getValue().isBlank();
    }
}
