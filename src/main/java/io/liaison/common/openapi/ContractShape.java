package io.liaison.common.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
    private static final String COMPONENT_REF = "#/components/schemas/";

    private ContractShape() {}

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, String> renamed = renamePages(openAPI);
        eachSchema(openAPI, schema -> tidy(schema, renamed));
        // Once every reference to a plain type is inline, a choice between it and null can become one type array.
        eachSchema(openAPI, ContractShape::mergeNullChoice);
        INLINE_FORMATS.keySet().forEach(openAPI.getComponents()::removeSchema);
        requireEveryFieldOfWhatIsOnlySent(openAPI);
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
        if (value == null
                || value.getRef() != null
                || value.getType() == null
                || value.getType().size() != 1) {
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
