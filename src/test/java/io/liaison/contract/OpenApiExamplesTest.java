package io.liaison.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every example in the document is a valid instance of its schema: a client team copies them as they are. */
class OpenApiExamplesTest {

    private static final Path DOCUMENT = Path.of("openapi/openapi.yaml");

    @Test
    void everySchemaExampleMatchesItsSchema() throws Exception {
        JsonNode schemas =
                new YAMLMapper().readTree(DOCUMENT.toFile()).path("components").path("schemas");
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(OpenApi31.getInstance())
                        .defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> each = schemas.fields(); each.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = each.next();
            for (JsonNode example : schema.getValue().path("examples")) {
                if (!example.isObject()) {
                    continue; // a property's example, checked with its record
                }
                checked++;
                factory.getSchema(
                                SchemaLocation.of(
                                        DOCUMENT.toAbsolutePath().toUri() + "#/components/schemas/" + schema.getKey()),
                                config)
                        .validate(example)
                        .forEach(message -> problems.add(schema.getKey() + ": " + message.getMessage()));
            }
        }
        assertThat(checked).as("record examples in the document").isGreaterThanOrEqualTo(33);
        assertThat(problems).isEmpty();
    }
}
