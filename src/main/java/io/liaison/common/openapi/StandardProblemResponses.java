package io.liaison.common.openapi;

import io.liaison.common.csv.CsvEscape;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the errors every operation can answer, once, instead of on each method: so that a generated client
 * knows every error is problem+json, and which ones each kind of operation can meet.
 */
public class StandardProblemResponses implements OASFilter {

    /** Marks a list operation that also answers Accept: text/csv with every matching row. */
    public static final String CSV_EXTENSION = "x-csv-export";
    /** Marks the one operation that takes no bearer token (the diary feed, whose URL carries a secret). */
    public static final String PUBLIC_EXTENSION = "x-liaison-public";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        // PATCH bodies are read as a JSON tree but documented as the record they merge into.
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().removeSchema("JsonNode");
            openAPI.getComponents().removeSchema("JsonNodeType");
        }
        declareSecuritySchemes(openAPI);
        declareRateLimitHeaders(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.getOperations().entrySet()) {
                document(path, entry.getKey(), entry.getValue());
            }
        });
        ContractShape.apply(openAPI);
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        successFirst(responses);
        boolean isPublic =
                operation.getExtensions() != null && operation.getExtensions().containsKey(PUBLIC_EXTENSION);
        if (isPublic) {
            operation.removeExtension(PUBLIC_EXTENSION);
            // SmallRye also copies a method's @Extension onto its @APIResponses.
            responses.removeExtension(PUBLIC_EXTENSION);
            responses.getAPIResponses().values().forEach(r -> r.removeExtension(PUBLIC_EXTENSION));
            operation.setSecurity(java.util.List.of(OASFactory.createSecurityRequirement()));
        } else {
            nameRequiredRoles(operation);
        }
        boolean isDownload =
                operation.getExtensions() != null && operation.getExtensions().containsKey(CSV_EXTENSION);
        if (isDownload) {
            operation.removeExtension(CSV_EXTENSION);
            APIResponse ok = responses.getAPIResponse("200");
            ok.description("A page as JSON; with Accept: text/csv, every matching row as CSV (UTF-8, RFC 4180)");
            ok.getContent()
                    .addMediaType(
                            "text/csv",
                            OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema()
                                            .addType(
                                                    org.eclipse.microprofile.openapi.models.media.Schema.SchemaType
                                                            .STRING)));
            operation.addParameter(csvEscapeParameter());
        }
        add(
                responses,
                "400",
                "Invalid request: malformed JSON, a field or parameter that fails validation"
                        + " (named in violations), an unknown sort field");
        if (path.contains("{")) {
            add(responses, "404", "No record with this id");
        }
        boolean takesIfMatch = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        if (takesIfMatch) {
            add(responses, "412", "If-Match does not match the current ETag: someone else changed the record");
            add(responses, "428", "If-Match is missing");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The request body is over the size limit");
            add(responses, "415", "Unsupported content type");
        }
        if (!isPublic) {
            add(responses, "401", "No bearer token, or one that is invalid, expired or revoked");
            add(responses, "403", "Your role does not allow this");
        }
        add(
                responses,
                "429",
                "Too many requests: over a rate limit, named in RateLimit-Policy and RateLimit (per caller, or per client"
                        + " address for failed authentications)"
                        + (isDownload ? ", or too many downloads at once" : "")
                        + "; retry after Retry-After seconds");
        responses.getAPIResponse("429").headers(rateLimitHeaders());
        add(responses, "500", "Unexpected error (with a reference to quote)");
        add(
                responses,
                "503",
                "The database is unavailable, or the request collided with a concurrent one and nothing was saved;"
                        + " retry after Retry-After seconds");
        // Errors documented on the operation itself carry only their description: every error is problem+json.
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.matches("[45][0-9][0-9]") && response.getContent() == null) {
                response.content(problemContent());
            }
        });
    }

    /**
     * The success answer leads the operation's responses, ahead of its errors: SmallRye adds one declared by
     * {@code @APIResponseSchema} after those declared by {@code @APIResponse}.
     */
    private static void successFirst(APIResponses responses) {
        if (responses.getAPIResponses() == null) {
            return;
        }
        Map<String, APIResponse> ordered = new LinkedHashMap<>();
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                ordered.put(status, response);
            }
        });
        responses.getAPIResponses().forEach(ordered::putIfAbsent);
        responses.setAPIResponses(ordered);
    }

    /**
     * SmallRye derives each operation's required roles from @RolesAllowed under a generic scheme name; restate them
     * for both of our schemes (OpenAPI 3.1 lets non-OAuth requirements list role names).
     */
    private static void nameRequiredRoles(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        java.util.List<String> roles = operation.getSecurity().stream()
                .filter(requirement -> requirement.hasScheme("SecurityScheme"))
                .flatMap(requirement -> requirement.getScheme("SecurityScheme").stream())
                .toList();
        operation.setSecurity(java.util.List.of(
                OASFactory.createSecurityRequirement().addScheme("jwt", roles),
                OASFactory.createSecurityRequirement().addScheme("apiToken", roles)));
    }

    /** Both ways to authenticate, required on every operation under /api. */
    private static void declareSecuritySchemes(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addSecurityScheme(
                        "jwt",
                        OASFactory.createSecurityScheme()
                                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description(
                                        "A JWT from the office's identity provider; its groups claim carries the role"
                                                + " (ADMIN, EDITOR, APPOINTEE, REPORTER), its email claim links the team member."))
                .addSecurityScheme(
                        "apiToken",
                        OASFactory.createSecurityScheme()
                                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("lia_…")
                                .description("An API token for scripts, created by an ADMIN at /api/v1/api-tokens."));
        openAPI.security(java.util.List.of(
                OASFactory.createSecurityRequirement().addScheme("jwt"),
                OASFactory.createSecurityRequirement().addScheme("apiToken")));
    }

    /**
     * The headers of a 429: Retry-After always; RateLimit-Policy and RateLimit (IETF draft
     * draft-ietf-httpapi-ratelimit-headers-11) when a rate limit refused the request, not when too many downloads ran.
     */
    private static void declareRateLimitHeaders(OpenAPI openAPI) {
        openAPI.getComponents()
                .addHeader(
                        "Retry-After",
                        OASFactory.createHeader()
                                .description("Seconds to wait before sending the request again")
                                .required(true)
                                .schema(OASFactory.createSchema()
                                        .addType(
                                                org.eclipse.microprofile.openapi.models.media.Schema.SchemaType
                                                        .INTEGER)))
                .addHeader(
                        "RateLimit-Policy",
                        OASFactory.createHeader()
                                .description("The limit that refused the request: its name, its quota q and its window"
                                        + " w in seconds")
                                .schema(OASFactory.createSchema()
                                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                                        .examples(java.util.List.of("\"caller\";q=600;w=60"))))
                .addHeader(
                        "RateLimit",
                        OASFactory.createHeader()
                                .description("What is left of that limit: r requests, for the next t seconds")
                                .schema(OASFactory.createSchema()
                                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                                        .examples(java.util.List.of("\"caller\";r=0;t=6"))));
    }

    private static Map<String, org.eclipse.microprofile.openapi.models.headers.Header> rateLimitHeaders() {
        Map<String, org.eclipse.microprofile.openapi.models.headers.Header> headers = new java.util.LinkedHashMap<>();
        for (String name : java.util.List.of("Retry-After", "RateLimit-Policy", "RateLimit")) {
            headers.put(name, OASFactory.createHeader().ref(name));
        }
        return headers;
    }

    /** The CSV form's choice of escape, read by the hidden CSV method that shares the operation's path. */
    private static org.eclipse.microprofile.openapi.models.parameters.Parameter csvEscapeParameter() {
        return OASFactory.createParameter()
                .name(CsvEscape.PARAMETER)
                .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY)
                .description("With Accept: text/csv. " + CsvEscape.PARAMETER_DESCRIPTION)
                .schema(OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        .enumeration(java.util.Arrays.stream(CsvEscape.values())
                                .map(Enum::name)
                                .collect(java.util.stream.Collectors.toList()))
                        .defaultValue(CsvEscape.FORMULAS.name()));
    }

    /** What SmallRye writes for @Valid and @RolesAllowed on its own: replaced by ours. */
    private static final java.util.Set<String> SMALLRYE_DEFAULTS =
            java.util.Set.of("Bad Request", "Not Authorized", "Not Allowed");

    private static void add(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        if (existing != null && !SMALLRYE_DEFAULTS.contains(existing.getDescription())) {
            // The operation says what this status means for it: keep that, add the problem+json body.
            existing.content(problemContent());
            return;
        }
        // Replaces the bare "Bad Request" that SmallRye adds for validated bodies.
        responses.addAPIResponse(
                status, OASFactory.createAPIResponse().description(description).content(problemContent()));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        "application/problem+json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem")));
    }
}
