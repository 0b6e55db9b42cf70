package io.liaison.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;
import org.junit.jupiter.api.Test;

/**
 * The contract test (support/OpenApiContract) stands on its validator reading OpenAPI 3.1 as JSON Schema 2020-12:
 * a type array admits null where it says so and nothing else. (swagger-request-validator 2.44.1 ignores every type in
 * a 3.1 document: it accepted a number for a nullable string, which is why this one was chosen.)
 */
class TypeArrayValidationTest {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(OpenApi31.getInstance())
                    .defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));

    private final JsonSchema thing;

    TypeArrayValidationTest() throws Exception {
        JsonNode schema = new YAMLMapper().readTree("""
                type: object
                required: [name, count]
                properties:
                  name: {type: [string, "null"]}
                  count: {type: integer}
                  colour: {anyOf: [{type: string, enum: [RED, GREEN]}, {type: "null"}]}
                """);
        thing = SCHEMAS.getSchema(
                schema,
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    private int problems(String json) throws Exception {
        return thing.validate(new ObjectMapper().readTree(json)).size();
    }

    @Test
    void nullIsAdmittedWhereTheTypeArraySaysSo() throws Exception {
        assertThat(problems("{\"name\": null, \"count\": 1, \"colour\": null}")).isZero();
        assertThat(problems("{\"name\": \"Cllr Morgan Examplewood\", \"count\": 1, \"colour\": \"RED\"}"))
                .isZero();
    }

    @Test
    void anythingElseIsRefused() throws Exception {
        assertThat(problems("{\"name\": 5, \"count\": 1}"))
                .as("a number for a nullable string")
                .isPositive();
        assertThat(problems("{\"name\": \"x\", \"count\": null}"))
                .as("null where it is not declared")
                .isPositive();
        assertThat(problems("{\"name\": \"x\", \"count\": \"1\"}"))
                .as("a string for an integer")
                .isPositive();
        assertThat(problems("{\"name\": \"x\"}"))
                .as("a required field left out")
                .isPositive();
        assertThat(problems("{\"name\": \"x\", \"count\": 1, \"colour\": \"BLUE\"}"))
                .as("an undeclared enum value")
                .isPositive();
    }
}
