package io.liaison.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.agent.AgentInstaller;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.driver.FuzzedDataProviderImpl;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bad input across the whole API, driven by the OpenAPI document so every operation is covered as it lands: each
 * operation gets generated invalid requests (bad path and query values, injection-like strings, wrong types, missing
 * and unknown fields, unknown enum values, out-of-range numbers, huge strings, deep nesting, invalid UTF-8, non-JSON,
 * oversized bodies, wrong media types). Every answer must be a 4xx problem+json, never a 5xx, and the database must
 * be exactly as it was. Every choice (which mutation, which value, how long) is drawn from Jazzer's FuzzedDataProvider
 * over a byte input: the committed regression corpus (src/test/resources/fuzz/bad-request) first, then -Dfuzz.cases
 * random inputs from -Dfuzz.seed. A failing input is saved under target/fuzz-failures and replays with
 * -Dfuzz.corpus=target/fuzz-failures.
 */
@SendsBadInput
@QuarkusTest
class BadRequestFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261124L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 16);
    /** Bytes behind one random case: enough for every choice one request makes (huge strings are repeated, not drawn). */
    private static final int INPUT_BYTES = 4096;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Inject
    EntityManager em;

    private FuzzedDataProvider data;
    private JsonNode schemas;

    enum Mutation {
        PATH_PARAMETER,
        QUERY_PARAMETER,
        SORT,
        WRONG_TYPE,
        MISSING_REQUIRED,
        UNKNOWN_FIELD,
        UNKNOWN_ENUM,
        OUT_OF_RANGE,
        HUGE_STRING,
        DEEP_NESTING,
        INVALID_UTF8,
        NOT_JSON,
        OVERSIZED,
        WRONG_MEDIA_TYPE
    }

    private String badId() {
        return oneOf(
                () -> pick(
                        "not-a-uuid",
                        "1",
                        "' or '1'='1",
                        "00000000-0000-0000-0000-00000000000g",
                        "%00",
                        "..%2F..%2Fetc%2Fpasswd",
                        "null",
                        "%7Bid%7D"),
                () -> text("abcdefghijklmnopqrstuvwxyz", between(37, 3000)));
    }

    private String nastyText() {
        return oneOf(
                () -> pick(
                        "'; drop table stakeholder; --",
                        "\" or 1=1 --",
                        "%",
                        "_",
                        "\\",
                        "%' and pg_sleep(5) --",
                        "<script>alert(1)</script>",
                        "${jndi:ldap://x}",
                        "\u0000",
                        "\ud835\udd18\ud835\udd2b\ud835\udd26 \u2713",
                        ""),
                () -> text("abc XYZ\u00e9\u4e2d\t\n'\"<>&", between(1, 40)),
                () -> text("a%'\";", 20_000));
    }

    private String badNumber() {
        return pick("abc", "-1", "-999999", "99999999999999999999", "1e400", "1.5", "NaN", "0x10", " ");
    }

    private String badDate() {
        return pick("2026-02-30", "2026-13-01", "yesterday", "20260101", "2026-01-01T25:00:00Z", "-999999999-01-01");
    }

    private String badSort() {
        return oneOf(
                () -> pick("name;drop table x", "-", ",,", "id desc", "-updatedAt,", "created_at", "1", "(select 1)"),
                () -> text("abcdefghijklmnopqrstuvwxyz-,", between(1, 30)));
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[data.consumeInt(0, options.length - 1)];
    }

    private <T> T pick(java.util.Collection<T> options) {
        return new ArrayList<>(options).get(data.consumeInt(0, options.size() - 1));
    }

    @SafeVarargs
    private <T> T oneOf(java.util.function.Supplier<T>... generators) {
        return generators[data.consumeInt(0, generators.length - 1)].get();
    }

    private int between(int min, int max) {
        return data.consumeInt(min, max);
    }

    private String text(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(data.consumeInt(0, alphabet.length() - 1)));
        }
        return out.toString();
    }

    @Test
    void everyOperationAnswersBadInputWith4xxProblemJsonAndChangesNothing() throws Exception {
        JsonNode document = JSON.readTree(
                given().accept("application/json").get("/q/openapi").asString());
        schemas = document.path("components").path("schemas");
        // Jazzer's data provider is pure Java once its bootstrap classes are on the boot class path; installing
        // the agent without instrumentation puts them there, as jazzer-junit does in regression mode.
        AgentInstaller.install(false);
        Random seeds = new Random(SEED);
        List<byte[]> corpus = corpus();
        Map<String, String> before = fingerprint();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                for (int i = 0; i < corpus.size() + CASES; i++) {
                    byte[] input = i < corpus.size() ? corpus.get(i) : new byte[INPUT_BYTES];
                    if (i >= corpus.size()) {
                        seeds.nextBytes(input);
                    }
                    String outcome;
                    try (FuzzedDataProviderImpl provider = FuzzedDataProviderImpl.withJavaData(input)) {
                        data = provider;
                        outcome = sendOne(op.getKey().toUpperCase(), path.getKey(), op.getValue());
                    }
                    sent++;
                    if (outcome != null) {
                        Path saved = saveFailing(input);
                        if (failures.size() < 25) {
                            failures.add(outcome + " (input saved as " + saved + ")");
                        }
                    }
                }
            }
        }
        assertThat(sent).isGreaterThan(1000);
        assertThat(failures)
                .as("bad requests not answered with a 4xx problem+json (seed " + SEED + ")")
                .isEmpty();
        assertThat(fingerprint())
                .as("the database after " + sent + " bad requests")
                .isEqualTo(before);
    }

    /**
     * The regression corpus: inputs (raw bytes for the data provider) that once found a fault or that cover a case
     * worth keeping, run against every operation before the random ones. A failing input is saved under
     * target/fuzz-failures; copy it here to keep it, or replay a directory with -Dfuzz.corpus=DIR.
     */
    private static List<byte[]> corpus() throws IOException {
        List<byte[]> inputs = new ArrayList<>();
        String dir = System.getProperty("fuzz.corpus");
        if (dir != null) {
            try (var files = Files.list(Path.of(dir))) {
                for (Path file : files.sorted().toList()) {
                    inputs.add(Files.readAllBytes(file));
                }
            }
            return inputs;
        }
        for (String name : List.of("empty", "all-zero", "all-ff", "huge-string")) {
            try (var in = BadRequestFuzzTest.class.getResourceAsStream("/fuzz/bad-request/" + name)) {
                inputs.add(in.readAllBytes());
            }
        }
        return inputs;
    }

    private static Path saveFailing(byte[] input) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
        String name = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(input))
                .substring(0, 16);
        return Files.write(dir.resolve(name), input);
    }

    /** Sends one generated bad request; returns a description of what went wrong, or null. */
    private String sendOne(String method, String path, JsonNode operation) throws Exception {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        List<JsonNode> queryParameters = parameters.stream()
                .filter(p -> "query".equals(p.path("in").asText()))
                .toList();
        JsonNode body = operation.path("requestBody");
        boolean hasBody = !body.isMissingNode();
        boolean hasPathParameters = path.contains("{");

        List<Mutation> possible = new ArrayList<>();
        if (hasPathParameters) {
            possible.add(Mutation.PATH_PARAMETER);
        }
        if (!queryParameters.isEmpty()) {
            possible.add(Mutation.QUERY_PARAMETER);
        }
        if (queryParameters.stream().anyMatch(p -> "sort".equals(p.path("name").asText()))) {
            possible.add(Mutation.SORT);
        }
        if (hasBody) {
            possible.addAll(List.of(
                    Mutation.WRONG_TYPE,
                    Mutation.MISSING_REQUIRED,
                    Mutation.UNKNOWN_FIELD,
                    Mutation.UNKNOWN_ENUM,
                    Mutation.OUT_OF_RANGE,
                    Mutation.HUGE_STRING,
                    Mutation.DEEP_NESTING,
                    Mutation.INVALID_UTF8,
                    Mutation.NOT_JSON,
                    Mutation.OVERSIZED,
                    Mutation.WRONG_MEDIA_TYPE));
        }
        if (possible.isEmpty()) {
            // Nothing to get wrong but the method: a body it does not take.
            possible.add(Mutation.NOT_JSON);
        }
        Mutation mutation = pick(possible);

        RequestSpecification request = given().urlEncodingEnabled(true);
        String mediaType = hasBody ? body.path("content").fieldNames().next() : "application/json";
        Map<String, Object> pathValues = new TreeMap<>();
        java.util.regex.Matcher names =
                java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (names.find()) {
            pathValues.put(names.group(1), UUID.randomUUID().toString());
        }
        String description;
        byte[] payload = null;
        switch (mutation) {
            case PATH_PARAMETER -> {
                String name = pick(pathValues.keySet());
                String bad = badId();
                pathValues.put(name, bad);
                description = "path " + name + "=" + bad;
            }
            case QUERY_PARAMETER -> {
                JsonNode parameter = pick(queryParameters);
                String bad = badValueFor(resolve(parameter.path("schema")));
                request.queryParam(parameter.path("name").asText(), bad);
                description = "query " + parameter.path("name").asText() + "=" + bad;
            }
            case SORT -> {
                String bad = badSort();
                request.queryParam("sort", bad);
                description = "sort=" + abbreviated(bad);
            }
            case NOT_JSON -> {
                String bad = pick("{not json", "", "null", "[]", "\"text\"", "1", "{\"a\":", "{}}");
                payload = bad.getBytes(StandardCharsets.UTF_8);
                description = "body " + bad;
            }
            case DEEP_NESTING -> {
                int depth = between(2_000, 20_000);
                payload = ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
                description = "body nested " + depth + " deep";
            }
            case INVALID_UTF8 -> {
                byte[] head = "{\"summary\":\"".getBytes(StandardCharsets.UTF_8);
                byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
                payload = new byte[head.length + 2 + tail.length];
                System.arraycopy(head, 0, payload, 0, head.length);
                payload[head.length] = (byte) 0xC3;
                payload[head.length + 1] = (byte) 0x28;
                System.arraycopy(tail, 0, payload, head.length + 2, tail.length);
                description = "body with invalid UTF-8";
            }
            case OVERSIZED -> {
                payload = ("{\"notes\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
                description = "body over 1 MB";
            }
            case WRONG_MEDIA_TYPE -> {
                payload = sample(body.path("content").path(mediaType).path("schema"), 0)
                        .toString()
                        .getBytes(StandardCharsets.UTF_8);
                mediaType = pick("text/plain", "application/xml", "text/csv");
                description = "body as " + mediaType;
            }
            default -> {
                JsonNode schema = resolve(body.path("content").path(mediaType).path("schema"));
                ObjectNode object = sample(schema, 0) instanceof ObjectNode o ? o : NODES.objectNode();
                description = mutate(mutation, schema, object);
                payload = JSON.writeValueAsBytes(object);
            }
        }
        if (payload != null) {
            request.contentType(mediaType).body(payload);
        } else if (hasBody) {
            request.contentType(mediaType).body("{}");
        }
        if (List.of("PUT", "PATCH", "DELETE").contains(method)) {
            request.header("If-Match", pick("\"0\"", "*", "W/\"x\"", "\"abc\""));
        }
        if ("POST".equals(method) && data.consumeInt(0, 3) == 0) {
            request.header("Idempotency-Key", text("abcdefghijklmnopqrstuvwxyzABC", between(1, 400)));
        }

        String where = method + " " + path + " [" + mutation + ": " + abbreviated(description) + "]";
        Response response;
        try {
            response = request.pathParams(pathValues).request(method, path);
        } catch (Exception e) {
            if (e instanceof java.net.SocketException
                    && (mutation == Mutation.OVERSIZED || description.length() > 4000)) {
                // The server answered 413 or 414 and closed the connection before the client finished sending.
                return null;
            }
            return where + " -> " + e;
        }
        int status = response.statusCode();
        if (status >= 500) {
            return where + " -> " + status + " " + abbreviated(response.asString());
        }
        if (!"GET".equals(method) && status < 400) {
            return where + " -> " + status + ": a bad request was accepted";
        }
        // 414 and 431 come from the HTTP codec before any of our code runs, with an empty body: Quarkus has no hook
        // for them yet (quarkusio/quarkus#55082). They are 4xx refusals all the same.
        boolean refusedByTheHttpLayer = status == 414 || status == 431;
        if (status >= 400
                && !refusedByTheHttpLayer
                && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            return where + " -> " + status + " as " + response.contentType();
        }
        return null;
    }

    /** Makes the sample body invalid in the chosen way; returns what was done. */
    private String mutate(Mutation mutation, JsonNode schema, ObjectNode object) {
        List<String> fields = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(fields::add);
        if (fields.isEmpty() || mutation == Mutation.UNKNOWN_FIELD) {
            String name = pick("unknownField", "id", "version", "createdAt", "__proto__", "x");
            object.put(name.equals("unknownField") ? name : name + "Extra", nastyText());
            return "unknown field " + name;
        }
        // Each mutation aims at a field it can make invalid: enums for UNKNOWN_ENUM, numbers for OUT_OF_RANGE,
        // strings for HUGE_STRING; failing that, any field gets the wrong type.
        List<String> aimed = fields.stream()
                .filter(f -> {
                    JsonNode p = resolve(schema.path("properties").path(f));
                    String type = p.path("type").asText("");
                    return switch (mutation) {
                        case UNKNOWN_ENUM -> p.has("enum");
                        case OUT_OF_RANGE -> type.equals("integer") || type.equals("number");
                        case HUGE_STRING -> type.equals("string") && !p.has("enum");
                        default -> true;
                    };
                })
                .toList();
        Mutation applied = aimed.isEmpty() && mutation != Mutation.MISSING_REQUIRED ? Mutation.WRONG_TYPE : mutation;
        String field = pick(aimed.isEmpty() ? fields : aimed);
        JsonNode property = resolve(schema.path("properties").path(field));
        switch (applied) {
            case MISSING_REQUIRED -> {
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                if (!required.isEmpty()) {
                    String gone = pick(required);
                    object.remove(gone);
                    return "without " + gone;
                }
                object.set(field, NODES.arrayNode().add(NODES.objectNode()));
                return field + " as an array of objects";
            }
            case UNKNOWN_ENUM -> {
                object.put(field, "NOT_A_" + field.toUpperCase());
                return field + " unknown value";
            }
            case OUT_OF_RANGE -> {
                long value = pick(-1L, -2_147_483_649L, 9_999_999_999_999L, 0L);
                object.put(field, value);
                return field + "=" + value;
            }
            case HUGE_STRING -> {
                object.put(field, "y".repeat(between(100_000, 900_000)));
                return field + " huge";
            }
            default -> {
                String type = property.path("type").asText("object");
                JsonNode wrong = switch (type) {
                    case "string" -> NODES.objectNode().put("nested", true);
                    case "integer", "number" -> NODES.textNode(badNumber());
                    case "boolean" -> NODES.textNode("maybe");
                    case "array" -> NODES.textNode("not a list");
                    default -> NODES.numberNode(42);
                };
                object.set(field, wrong);
                return field + " as " + wrong.getNodeType();
            }
        }
    }

    private String badValueFor(JsonNode schema) {
        if (schema.has("enum")) {
            return pick("NOT_AN_OPTION", "", "lowercase", "'");
        }
        String format = schema.path("format").asText("");
        return switch (schema.path("type").asText("string")) {
            case "integer", "number" -> badNumber();
            case "boolean" -> pick("maybe", "2", "yes please");
            default ->
                switch (format) {
                    case "uuid" -> badId();
                    case "date" -> badDate();
                    case "date-time" -> pick("now", "2026-01-01", "2026-01-01T10:00", "1e10");
                    default -> nastyText();
                };
        };
    }

    /** A plausible value for a schema, to mutate one field of. */
    private JsonNode sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (depth > 4) {
            return NODES.nullNode();
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties")
                        .fields()
                        .forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(sample(schema.path("items"), depth + 1));
                yield array;
            }
            case "integer", "number" -> NODES.numberNode(schema.path("minimum").asInt(1));
            case "boolean" -> NODES.booleanNode(true);
            default ->
                switch (schema.path("format").asText("")) {
                    case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                    case "date" -> NODES.textNode("2026-05-01");
                    case "date-time" -> NODES.textNode("2026-05-01T10:00:00Z");
                    default -> NODES.textNode("fuzz");
                };
        };
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return resolve(schemas.path(ref.substring("#/components/schemas/".length())));
        }
        return schema;
    }

    private static String abbreviated(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + ")" : text;
    }

    /**
     * Every table's row count and a hash of its rows; but the record of sensitive reads, which a bad query answered
     * with a page (an unknown parameter is ignored) rightly grows when an ADMIN is shown sensitive text.
     */
    @SuppressWarnings("unchecked")
    private Map<String, String> fingerprint() {
        Map<String, String> tables = new TreeMap<>();
        List<String> names = em.createNativeQuery("select table_name from information_schema.tables where table_schema"
                        + " = 'public' and table_type = 'BASE TABLE'"
                        + " and table_name not in ('flyway_schema_history', 'sensitive_read')")
                .getResultList();
        for (String table : names) {
            Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(md5(string_agg(md5(t::text), ''"
                            + " order by md5(t::text))), '') from \"" + table + "\" t")
                    .getSingleResult();
            tables.put(table, row[0] + "/" + row[1]);
        }
        return tables;
    }
}
