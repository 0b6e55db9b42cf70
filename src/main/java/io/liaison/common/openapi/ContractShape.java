package io.liaison.common.openapi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Gives the generated document the shape a generated client needs, in words of the domain rather than of Java:
 *
 * <ul>
 *   <li>ids, instants and dates are written inline as strings with their format, rather than as schemas named after
 *       Java classes ({@code UUID}, {@code Instant}, {@code LocalDate}, {@code OffsetDateTime});
 *   <li>a page of records is named after its records ({@code StakeholderPage}, not
 *       {@code PageResponseStakeholderResponse});
 *   <li>a {@code $ref} stands alone, without the {@code type} SmallRye writes beside it;
 *   <li>a nullable value is one type array ({@code [string, "null"]}) where SmallRye wrote a choice between the value
 *       and null;
 *   <li>every property of a record the service only sends (never receives) is {@code required}: Jackson writes every
 *       field of a response, null or not, so a client may rely on each being present.
 * </ul>
 */
final class ContractShape {

    /** Java types SmallRye documents as schemas of their own, written inline instead. */
    private static final Map<String, String> INLINE_FORMATS =
            Map.of("UUID", "uuid", "Instant", "date-time", "LocalDate", "date", "OffsetDateTime", "date-time");

    /**
     * The records written without their empty fields (Jackson's NON_NULL): an error's detail, instance and violations,
     * and a violation's line, are there only when they say something.
     */
    private static final Map<String, List<String>> ALWAYS_WRITTEN =
            Map.of("Problem", List.of("type", "title", "status"), "Violation", List.of("field", "message"));

    private static final String PAGE_PREFIX = "PageResponse";
    static final String EXAMPLES = "/openapi/examples.json";
    private static final String COMPONENT_REF = "#/components/schemas/";

    private ContractShape() {}

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        describeTheService(openAPI);
        Map<String, String> renamed = renamePages(openAPI);
        eachSchema(openAPI, schema -> tidy(schema, renamed));
        // Once every reference to a plain type is inline, a choice between it and null can become one type array.
        eachSchema(openAPI, ContractShape::mergeNullChoice);
        INLINE_FORMATS.keySet().forEach(openAPI.getComponents()::removeSchema);
        requireEveryFieldOfWhatIsOnlySent(openAPI);
        giveEachPatchItsOwnSchema(openAPI);
        eachOperation(openAPI, operation -> declareHeaders(openAPI, operation));
        eachOperation(openAPI, ContractShape::declareSortFields);
        addExamples(openAPI);
    }

    /** "Sort fields: lastName, priority (HIGH first), createdAt (default lastName)", as each list describes them. */
    private static final java.util.regex.Pattern SORT_FIELDS =
            java.util.regex.Pattern.compile("Sort fields: (.+?) \\(default ([^)]+)\\)");

    /**
     * A list's sort parameter as what it is: an array of the fields its description names, each ascending or with
     * "-" descending, written comma-separated (sort=-priority,lastName), so that a generated client offers exactly the
     * values the service accepts.
     */
    private static void declareSortFields(Operation operation) {
        if (operation.getParameters() == null || operation.getDescription() == null) {
            return;
        }
        java.util.regex.Matcher declared = SORT_FIELDS.matcher(operation.getDescription());
        if (!declared.find()) {
            return;
        }
        List<Object> values = new ArrayList<>();
        for (String field : declared.group(1).split(",")) {
            String name = field.replaceAll("\\(.*?\\)", "").trim();
            values.add(name);
            values.add("-" + name);
        }
        operation.getParameters().stream()
                .filter(parameter -> "sort".equals(parameter.getName()))
                .forEach(parameter -> parameter
                        .style(org.eclipse.microprofile.openapi.models.parameters.Parameter.Style.FORM)
                        .explode(false)
                        .description("Fields to order by, in turn; \"-\" before a field for descending. Default: "
                                + declared.group(2) + ".")
                        .schema(OASFactory.createSchema()
                                .addType(SchemaType.ARRAY)
                                .items(OASFactory.createSchema()
                                        .addType(SchemaType.STRING)
                                        .enumeration(values))));
    }

    /**
     * Realistic examples (fictional London people and places) for what a client sends and the main records it reads,
     * kept beside the code in one file; a test holds each to its schema.
     */
    private static void addExamples(OpenAPI openAPI) {
        try (var in = ContractShape.class.getResourceAsStream(EXAMPLES)) {
            if (in == null) {
                throw new IllegalStateException(EXAMPLES + " is missing");
            }
            Map<String, Object> examples = new ObjectMapper().readValue(in, new TypeReference<>() {});
            examples.forEach((name, example) -> {
                Schema schema = openAPI.getComponents().getSchemas().get(name);
                if (schema == null) {
                    throw new IllegalStateException(EXAMPLES + " has an example for " + name + ", which is no schema");
                }
                schema.setExamples(List.of(example));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The headers a client reads and sends: the ETag of every record answered (to send back as If-Match, which the
     * service requires on every change: 428 without it), the Location of what was created, whether an answer replays
     * an earlier POST with the same Idempotency-Key, and when to retry.
     */
    private static void declareHeaders(OpenAPI openAPI, Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(p -> "If-Match".equalsIgnoreCase(p.getName()))
                    .forEach(p -> p.required(true)
                            .description("The ETag last read: required, so that nobody overwrites a change they have"
                                    + " not seen (428 without it, 412 when the record has changed since)"));
        }
        boolean idempotent = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()));
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        // Refused by the HTTP layer before any route runs: no body, and none of the service's headers.
        if (operation.getResponses().getAPIResponse("414") == null) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            "414",
                            OASFactory.createAPIResponse()
                                    .description("The request line (path and query) is over 4 KB; no body"));
        }
        if (operation.getResponses().getAPIResponse("431") == null) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            "431", OASFactory.createAPIResponse().description("The headers are over 20 KB; no body"));
        }
        if (operation.getResponses().getAPIResponse("406") == null) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            "406",
                            OASFactory.createAPIResponse()
                                    .description("None of the media types in Accept is one this operation answers in")
                                    .content(OASFactory.createContent()
                                            .addMediaType(
                                                    "application/problem+json",
                                                    OASFactory.createMediaType()
                                                            .schema(OASFactory.createSchema()
                                                                    .ref(COMPONENT_REF + "Problem")))));
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && answersAVersionedRecord(openAPI, response.getContent())) {
                response.addHeader("ETag", header("The record's version: send it as If-Match to change it", true));
            }
            if (status.equals("201")) {
                response.addHeader("Location", header("Where the new record is", true));
                if (idempotent) {
                    response.addHeader(
                            "Idempotent-Replayed",
                            header("true when this answers a retry with the same Idempotency-Key", false));
                }
            }
            if ((status.equals("503") || status.equals("429"))
                    && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
                boolean shared = openAPI.getComponents().getHeaders() != null
                        && openAPI.getComponents().getHeaders().containsKey("Retry-After");
                response.addHeader(
                        "Retry-After",
                        shared
                                ? OASFactory.createHeader().ref("Retry-After")
                                : header("Seconds to wait before trying again", true));
            }
        });
    }

    private static boolean answersAVersionedRecord(OpenAPI openAPI, Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return false;
        }
        return content.getMediaTypes().values().stream().anyMatch(mediaType -> {
            Schema schema = mediaType.getSchema();
            if (schema == null || schema.getRef() == null || !schema.getRef().startsWith(COMPONENT_REF)) {
                return false;
            }
            Schema record =
                    openAPI.getComponents().getSchemas().get(schema.getRef().substring(COMPONENT_REF.length()));
            return record != null
                    && record.getProperties() != null
                    && record.getProperties().containsKey("version");
        });
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header header(String description, boolean always) {
        return OASFactory.createHeader()
                .description(description)
                .required(always)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING));
    }

    /**
     * A PATCH body is a JSON Merge Patch (RFC 7396) of the record's writable fields: every field optional, and null
     * wherever null clears the field (the fields a full write may leave out). Documented with the write schema itself,
     * a typed patch would have to send every required field, and a client that writes absent fields as null would
     * clear them.
     */
    private static void giveEachPatchItsOwnSchema(OpenAPI openAPI) {
        Set<String> replaced = new HashSet<>();
        eachPatch(
                openAPI,
                content -> content.getMediaTypes().values().forEach(mediaType -> {
                    Schema body = mediaType.getSchema();
                    if (body == null || body.getRef() == null || !body.getRef().startsWith(COMPONENT_REF)) {
                        return;
                    }
                    String written = body.getRef().substring(COMPONENT_REF.length());
                    String patch = written.replaceFirst("(Write|Update|Create)$", "") + "Patch";
                    if (!openAPI.getComponents().getSchemas().containsKey(patch)) {
                        openAPI.getComponents()
                                .addSchema(
                                        patch,
                                        patchOf(openAPI.getComponents()
                                                .getSchemas()
                                                .get(written)));
                    }
                    mediaType.setSchema(OASFactory.createSchema().ref(COMPONENT_REF + patch));
                    replaced.add(written);
                }));
        // A write schema that only a PATCH used is gone with it.
        Set<String> used = new HashSet<>();
        eachOperation(openAPI, operation -> {
            if (operation.getRequestBody() != null) {
                collect(openAPI, operation.getRequestBody().getContent(), used);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation
                        .getResponses()
                        .getAPIResponses()
                        .values()
                        .forEach(r -> collect(openAPI, r.getContent(), used));
            }
        });
        replaced.stream().filter(name -> !used.contains(name)).forEach(openAPI.getComponents()::removeSchema);
    }

    private static Schema patchOf(Schema written) {
        List<String> required = written.getRequired() == null ? List.of() : written.getRequired();
        Schema patch = OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("A JSON Merge Patch (RFC 7396): the fields to change; null clears a field that may be"
                        + " empty; fields left out keep their value");
        written.getProperties().forEach((name, property) -> {
            Schema copy = OASFactory.createSchema();
            copy.setAll(property.getAll());
            patch.addProperty(name, required.contains(name) ? copy : nullable(copy));
        });
        return patch;
    }

    private static Schema nullable(Schema schema) {
        if (schema.getRef() != null) {
            return OASFactory.createSchema()
                    .addAnyOf(schema)
                    .addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
        }
        if (schema.getType() != null && !schema.getType().contains(SchemaType.NULL)) {
            List<SchemaType> types = new ArrayList<>(schema.getType());
            types.add(SchemaType.NULL);
            schema.setType(types);
        }
        return schema;
    }

    private static void eachPatch(OpenAPI openAPI, Consumer<Content> action) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Operation patch = item.getPATCH();
            if (patch != null
                    && patch.getRequestBody() != null
                    && patch.getRequestBody().getContent() != null) {
                action.accept(patch.getRequestBody().getContent());
            }
        });
    }

    /** Where a client finds the service by default (contact and licence are settings: application.properties). */
    private static void describeTheService(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            // Relative: the API is served from the same host as this document (in dev mode, http://localhost:8080).
            openAPI.addServer(OASFactory.createServer()
                    .url("/")
                    .description("The host that serves this document: the office's deployment, or ./mvnw quarkus:dev"
                            + " on http://localhost:8080"));
        }
    }

    /** PageResponseStakeholderResponse → StakeholderPage; the response schemas are already named by their record. */
    private static Map<String, String> renamePages(OpenAPI openAPI) {
        Map<String, Schema> schemas =
                new LinkedHashMap<>(openAPI.getComponents().getSchemas());
        Map<String, String> renamed = new HashMap<>();
        schemas.forEach((name, schema) -> {
            if (!name.startsWith(PAGE_PREFIX)) {
                return;
            }
            Schema items = schema.getProperties() == null
                    ? null
                    : schema.getProperties().get("items").getItems();
            String record = items == null || items.getRef() == null
                    ? name.substring(PAGE_PREFIX.length()).replaceFirst("Response$", "")
                    : items.getRef().substring(COMPONENT_REF.length());
            String page = record + "Page";
            renamed.put(name, page);
            openAPI.getComponents().removeSchema(name);
            openAPI.getComponents().addSchema(page, schema.description("A page of " + record + " records"));
        });
        return renamed;
    }

    private static void tidy(Schema schema, Map<String, String> renamed) {
        String ref = schema.getRef();
        if (ref != null && ref.startsWith(COMPONENT_REF)) {
            String name = ref.substring(COMPONENT_REF.length());
            if (INLINE_FORMATS.containsKey(name)) {
                schema.setRef(null);
                schema.setType(List.of(SchemaType.STRING));
                schema.setFormat(INLINE_FORMATS.get(name));
            } else {
                if (renamed.containsKey(name)) {
                    schema.setRef(COMPONENT_REF + renamed.get(name));
                }
                // A $ref stands for the whole schema: a type beside it only repeats it, or contradicts it.
                schema.setType(null);
            }
        }
    }

    /**
     * SmallRye writes a nullable field of a documented type as {@code anyOf: [<type>, {type: null}]}: where the type
     * is a plain one (an id, a date, a string), say it as one type array instead, as for every other nullable field.
     */
    private static void mergeNullChoice(Schema schema) {
        List<Schema> choices = schema.getAnyOf();
        if (choices == null || choices.size() != 2) {
            return;
        }
        Schema value = isNull(choices.get(1)) ? choices.get(0) : isNull(choices.get(0)) ? choices.get(1) : null;
        if (value == null) {
            return;
        }
        if (value.getRef() != null || value.getType() == null || value.getType().size() != 1) {
            // A record or an enum, or null: a type beside the choice (SmallRye writes one) would rule null out again.
            schema.setType(null);
            return;
        }
        List<SchemaType> types = new ArrayList<>(value.getType());
        types.add(SchemaType.NULL);
        schema.setAnyOf(null);
        schema.setType(types);
        if (value.getFormat() != null) {
            schema.setFormat(value.getFormat());
        }
    }

    private static boolean isNull(Schema schema) {
        return schema.getRef() == null
                && schema.getType() != null
                && schema.getType().size() == 1
                && schema.getType().get(0) == SchemaType.NULL;
    }

    /**
     * Records that appear in answers but never in a request body: all their fields are always written, so all are
     * required. (Records a client also sends keep the required fields their validation gives them.)
     */
    private static void requireEveryFieldOfWhatIsOnlySent(OpenAPI openAPI) {
        Set<String> sent = new HashSet<>();
        Set<String> received = new HashSet<>();
        eachOperation(openAPI, operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation
                        .getResponses()
                        .getAPIResponses()
                        .values()
                        .forEach(r -> collect(openAPI, r.getContent(), sent));
            }
            if (operation.getRequestBody() != null) {
                collect(openAPI, operation.getRequestBody().getContent(), received);
            }
        });
        // What a client sends: a field it may leave out it may also send as null, which reads as left out.
        received.forEach(name -> {
            Schema schema = openAPI.getComponents().getSchemas().get(name);
            if (schema != null && schema.getProperties() != null) {
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                Map<String, Schema> properties = new LinkedHashMap<>();
                schema.getProperties()
                        .forEach((field, property) ->
                                properties.put(field, required.contains(field) ? property : nullable(property)));
                schema.setProperties(properties);
            }
        });
        sent.removeAll(received);
        sent.forEach(name -> {
            Schema schema = openAPI.getComponents().getSchemas().get(name);
            if (schema != null
                    && schema.getProperties() != null
                    && !schema.getProperties().isEmpty()) {
                schema.setRequired(new ArrayList<>(ALWAYS_WRITTEN.getOrDefault(
                        name, List.copyOf(schema.getProperties().keySet()))));
            }
        });
    }

    /** The component schemas a content reaches, through references. */
    private static void collect(OpenAPI openAPI, Content content, Set<String> names) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().values().forEach(mediaType -> reach(openAPI, mediaType.getSchema(), names));
    }

    private static void reach(OpenAPI openAPI, Schema schema, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(COMPONENT_REF)) {
            String name = schema.getRef().substring(COMPONENT_REF.length());
            if (names.add(name)) {
                reach(openAPI, openAPI.getComponents().getSchemas().get(name), names);
            }
            return;
        }
        children(schema).forEach(child -> reach(openAPI, child, names));
    }

    private static void eachOperation(OpenAPI openAPI, Consumer<Operation> action) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(action));
    }

    /** Every schema in the document, nested ones included, each once. */
    private static void eachSchema(OpenAPI openAPI, Consumer<Schema> action) {
        List<Schema> roots =
                new ArrayList<>(openAPI.getComponents().getSchemas().values());
        eachOperation(openAPI, operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> roots.add(p.getSchema()));
            }
            if (operation.getRequestBody() != null) {
                schemasOf(operation.getRequestBody().getContent(), roots);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> {
                    schemasOf(r.getContent(), roots);
                    if (r.getHeaders() != null) {
                        r.getHeaders().values().forEach(h -> roots.add(h.getSchema()));
                    }
                });
            }
        });
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Schema> pending = new ArrayList<>(roots);
        while (!pending.isEmpty()) {
            Schema schema = pending.remove(pending.size() - 1);
            if (schema == null || !seen.add(schema)) {
                continue;
            }
            pending.addAll(children(schema));
            action.accept(schema);
        }
    }

    private static void schemasOf(Content content, List<Schema> into) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> into.add(m.getSchema()));
        }
    }

    private static List<Schema> children(Schema schema) {
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        children.add(schema.getItems());
        children.add(schema.getAdditionalPropertiesSchema());
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                children.addAll(group);
            }
        }
        children.add(schema.getNot());
        children.removeIf(java.util.Objects::isNull);
        return children;
    }
}
