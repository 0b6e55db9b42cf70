package io.liaison.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The contract test: every request the suite sends under /api and every answer it gets are checked against the
 * checked-in openapi/openapi.yaml, the document the frontend team generates its client from. An answer with a status,
 * a media type, a header or a body the document does not declare fails the test that received it; so does a request
 * the document would call invalid, unless the test sends bad input on purpose ({@link SendsBadInput}: its answers are
 * still checked).
 *
 * <p>The document is OpenAPI 3.1, whose schemas are JSON Schema 2020-12 (nullable fields are type arrays), so it is
 * checked with a 2020-12 validator that knows OpenAPI's vocabulary.
 */
public final class OpenApiContract implements Filter {

    public static final OpenApiContract CHECKED_IN = new OpenApiContract(Path.of("openapi/openapi.yaml"));

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(OpenApi31.getInstance())
                    .defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Set for the duration of a test that sends invalid requests on purpose. */
    private static volatile boolean requestsMayBeInvalid;

    private final String document;
    private final JsonNode root;
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private record Template(String path, Pattern pattern, int literalLength) {}

    private OpenApiContract(Path file) {
        this.document = file.toAbsolutePath().toUri().toString();
        try {
            this.root = new YAMLMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Iterator<String> paths = root.path("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            templates.add(new Template(
                    path,
                    Pattern.compile(Pattern.quote(path).replaceAll("\\{[^/}]+}", "\\\\E[^/]+\\\\Q")),
                    path.replaceAll("\\{[^/}]+}", "").length()));
        }
        // A literal segment wins over a parameter: /stakeholders/import before /stakeholders/{stakeholderId}.
        templates.sort(Comparator.comparingInt(Template::literalLength).reversed());
    }

    static void requestsMayBeInvalid(boolean onPurpose) {
        requestsMayBeInvalid = onPurpose;
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        String path = URI.create(request.getURI()).getRawPath();
        // A CORS preflight is the browser's question to the server, not an operation of the API.
        if (!path.startsWith("/api/") || request.getMethod().equalsIgnoreCase("OPTIONS")) {
            return context.next(request, response);
        }
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        Optional<Template> template = templates.stream()
                .filter(t -> t.pattern().matcher(path).matches())
                .filter(t -> root.path("paths").path(t.path()).has(method))
                .findFirst();
        List<String> problems = new ArrayList<>();
        String operation =
                template.map(t -> "/paths/" + escape(t.path()) + "/" + method).orElse(null);
        if (operation != null && !requestsMayBeInvalid) {
            checkRequest(operation, request, problems);
        }
        Response answer = context.next(request, response);
        if (operation == null) {
            // Only an unknown path may be answered without the document knowing the operation.
            if (answer.statusCode() != 404 && answer.statusCode() != 405) {
                problems.add("the document declares no operation " + method.toUpperCase(Locale.ROOT) + " " + path);
            }
        } else {
            checkResponse(operation, answer, problems);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Not as openapi/openapi.yaml declares, " + method.toUpperCase(Locale.ROOT) + " "
                    + path + " -> " + answer.statusCode() + ":\n  " + String.join("\n  ", problems));
        }
        return answer;
    }

    private void checkRequest(String operation, FilterableRequestSpecification request, List<String> problems) {
        for (JsonNode parameter : parameters(operation)) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            List<String> values = switch (in) {
                case "header" -> request.getHeaders().getValues(name);
                case "query" -> queryValues(request, name);
                default -> List.of();
            };
            if (values.isEmpty() && parameter.path("required").asBoolean() && !in.equals("path")) {
                problems.add("request: the required " + in + " parameter " + name + " is missing");
            }
            if (values.isEmpty()) {
                continue;
            }
            String pointer = operation + "/parameters/" + indexOf(operation, parameter) + "/schema";
            JsonNode schema = parameter.path("schema");
            if (typeOf(schema).equals("array")) {
                // A list parameter: every value given (repeated, or joined with commas), checked as one array.
                var array = JsonNodeFactory.instance.arrayNode();
                values.stream()
                        .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                        .forEach(value -> array.add(parameterValue(schema.path("items"), value)));
                validate(pointer, array, "request " + in + " parameter " + name, problems);
                continue;
            }
            for (String value : values) {
                validate(pointer, parameterValue(schema, value), "request " + in + " parameter " + name, problems);
            }
        }
        JsonNode body = root.at(operation + "/requestBody");
        Object sent = request.getBody();
        if (body.isMissingNode()) {
            return;
        }
        if (sent == null) {
            if (body.path("required").asBoolean()) {
                problems.add("request: the body is required");
            }
            return;
        }
        String mediaType = baseType(request.getContentType());
        JsonNode content = body.path("content").path(mediaType);
        if (content.isMissingNode()) {
            problems.add("request: the body's media type " + mediaType + " is not declared");
        } else if (isJson(mediaType)) {
            String text =
                    sent instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(sent);
            try {
                validate(
                        operation + "/requestBody/content/" + escape(mediaType) + "/schema",
                        JSON.readTree(text),
                        "request body",
                        problems);
            } catch (IOException notJson) {
                problems.add("request: the body is not JSON");
            }
        }
    }

    private void checkResponse(String operation, Response answer, List<String> problems) {
        String status = String.valueOf(answer.statusCode());
        JsonNode declared = root.at(operation + "/responses/" + status);
        if (declared.isMissingNode()) {
            problems.add("status " + status + " is not declared");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> headers =
                        declared.path("headers").fields();
                headers.hasNext(); ) {
            Map.Entry<String, JsonNode> header = headers.next();
            if (header.getValue().path("required").asBoolean()
                    && !answer.getHeaders().hasHeaderWithName(header.getKey())) {
                problems.add("the header " + header.getKey() + " is declared always present, but is missing");
            }
        }
        String mediaType = baseType(answer.getContentType());
        if (mediaType.isEmpty()) {
            return;
        }
        if (declared.path("content").path(mediaType).isMissingNode()) {
            problems.add("the media type " + mediaType + " is not declared for " + status);
            return;
        }
        // Only JSON is read here: a download is left to the test, which may stop reading it on purpose.
        if (isJson(mediaType)) {
            String body = answer.asString();
            validate(
                    operation + "/responses/" + status + "/content/" + escape(mediaType) + "/schema",
                    readJson(body),
                    "response body",
                    problems);
        }
    }

    private List<JsonNode> parameters(String operation) {
        List<JsonNode> parameters = new ArrayList<>();
        root.at(operation).path("parameters").forEach(parameters::add);
        return parameters;
    }

    private int indexOf(String operation, JsonNode parameter) {
        JsonNode all = root.at(operation).path("parameters");
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == parameter) {
                return i;
            }
        }
        throw new IllegalStateException("parameter not in its operation");
    }

    private static List<String> queryValues(FilterableRequestSpecification request, String name) {
        Object value = request.getQueryParams().get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    /** A parameter's text as the JSON value its schema describes (a number, a boolean, or the text itself). */
    private static JsonNode parameterValue(JsonNode schema, String value) {
        String type = typeOf(schema);
        try {
            if (type.equals("integer") || type.equals("number") || type.equals("boolean")) {
                JsonNode parsed = JSON.readTree(value);
                if (parsed != null && parsed.isValueNode()) {
                    return parsed;
                }
            }
        } catch (IOException notANumber) {
            // left as text: the schema then says what is wrong with it
        }
        return JsonNodeFactory.instance.textNode(value);
    }

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!each.asText().equals("null")) {
                    return each.asText();
                }
            }
        }
        return type.asText("string");
    }

    private void validate(String pointer, JsonNode value, String what, List<String> problems) {
        JsonSchema schema = compiled.computeIfAbsent(
                pointer,
                p -> SCHEMAS.getSchema(
                        SchemaLocation.of(document + "#" + p.replace("{", "%7B").replace("}", "%7D")), CONFIG));
        schema.validate(value).forEach(message -> problems.add(what + ": " + message.getMessage()));
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "";
        }
        return contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    /** A JSON pointer's escaping of one reference token. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
