package io.liaison.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.liaison.common.persistence.DatabaseCircuit;
import io.liaison.common.persistence.DatabaseUnreachableException;
import io.quarkus.logging.Log;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves the API here, as RFC 9457 problem+json: no stack trace, no class name, the field named
 * where there is one. Database faults are recognised by their cause, wherever a layer wrapped them.
 */
public class ProblemMappers {

    /** Told when a statement finds the database gone, so that the requests after it do not each try to connect. */
    @Inject
    DatabaseCircuit circuit;

    private static final String DATABASE_UNAVAILABLE = "database-unavailable";
    private static final String DATABASE_UNAVAILABLE_DETAIL = "The database cannot be reached; try again shortly";

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri) {
        Response response = respond(
                problem.status(), problem.type(), problem.title(), problem.getMessage(), uri, problem.violations());
        if (problem.headers().isEmpty() && problem.status() != 429) {
            return response;
        }
        Response.ResponseBuilder withHeaders = Response.fromResponse(response);
        if (problem.status() == 429 && !problem.headers().containsKey("Retry-After")) {
            withHeaders.header("Retry-After", "10");
        }
        problem.headers().forEach(withHeaders::header);
        return withHeaders.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        String detail =
                violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return respond(400, "validation", "Invalid request", detail, uri, violations);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    /** Ahead of Quarkus' built-in mapper, whose body is not problem+json. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return malformedJson(json, uri);
        }
        InvalidParameter parameter = e instanceof InvalidParameter p ? p : causeOf(e, InvalidParameter.class);
        if (parameter != null) {
            return respond(
                    400,
                    "validation",
                    "Invalid request",
                    parameter.field() + ": " + parameter.getMessage(),
                    uri,
                    List.of(new Violation(parameter.field(), parameter.getMessage())));
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "Error" : statusType.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "Method not allowed on " + uri.getPath();
            case 406 ->
                "None of the accepted media types can be produced; this API speaks application/json"
                        + " (and text/csv on lists)";
            case 415 ->
                "Unsupported media type: send application/json (or application/merge-patch+json for PATCH,"
                        + " text/csv for imports)";
            case 413 -> "The request body is too large";
            default -> title;
        };
        return respond(status, status == 400 ? "bad-request" : "http-" + status, title, detail, uri, null);
    }

    /** No credentials, or credentials that failed: a bad signature, expired, revoked, wrong issuer or audience. */
    @ServerExceptionMapper({
        io.quarkus.security.UnauthorizedException.class,
        io.quarkus.security.AuthenticationFailedException.class,
        io.quarkus.security.AuthenticationCompletionException.class
    })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(
                        401,
                        "unauthenticated",
                        "Unauthenticated",
                        "Send a valid bearer token: a JWT from the identity provider or an API token (lia_…)",
                        uri,
                        null))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper(io.quarkus.security.ForbiddenException.class)
    public Response forbidden(RuntimeException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "Your role does not allow this", uri, null);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        ApiProblem p = ApiProblem.preconditionFailed();
        return respond(p.status(), p.type(), p.title(), p.getMessage(), uri, null);
    }

    /** Everything else: database constraints, the database being down, and genuine faults. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        ApiProblem problem = causeOf(e, ApiProblem.class);
        if (problem != null) {
            return apiProblem(problem, uri);
        }
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return malformedJson(json, uri);
        }
        if (causeOf(e, OptimisticLockException.class) != null || causeOf(e, StaleStateException.class) != null) {
            return optimisticLock(null, uri);
        }
        if (causeOf(e, DatabaseUnreachableException.class) != null) {
            // Refused without trying while the database is known to be unreachable: the circuit logged that once.
            return retryLater(DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_DETAIL, 5, uri);
        }
        SQLException sql = causeOf(e, SQLException.class);
        if (sql != null) {
            ApiProblem constraint = DatabaseConstraints.problemFor(sql);
            if (constraint != null) {
                return apiProblem(constraint, uri);
            }
            if (DatabaseConstraints.isUnavailable(sql)) {
                Log.warnf("Database unavailable: %s", sql.getMessage());
                if (circuit != null) {
                    circuit.unreachable(sql);
                }
                return retryLater(DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_DETAIL, 5, uri);
            }
            if (DatabaseConstraints.isTransientConflict(sql)) {
                Log.warnf("Transaction rolled back by a concurrent one on %s: %s", uri.getPath(), sql.getMessage());
                return retryLater(
                        "concurrent-transaction",
                        "The request collided with another one being made at the same moment, and nothing of it was"
                                + " saved; send it again",
                        1,
                        uri);
            }
        }
        String reference = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error %s on %s", reference, uri.getPath());
        return respond(
                500,
                "internal",
                "Internal error",
                "Something went wrong on our side; quote reference " + reference,
                uri,
                null);
    }

    private static Response malformedJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !(e instanceof JsonParseException)) {
            String field = pathOf(mapping);
            String message;
            if (e instanceof UnrecognizedPropertyException unknown) {
                field = field.isEmpty() ? unknown.getPropertyName() : field;
                message = "is not a known property";
            } else if (e instanceof InvalidFormatException format
                    && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                message = "must be one of "
                        + Arrays.toString(format.getTargetType().getEnumConstants());
            } else if (mapping.getCause() instanceof ApiProblem problem) {
                return new ProblemMappers().apiProblem(problem, uri);
            } else {
                message = "has the wrong type or format"
                        + (e instanceof InvalidFormatException format && format.getTargetType() != null
                                ? " (expected " + typeName(format.getTargetType()) + ")"
                                : "");
            }
            if (field.isEmpty()) {
                return respond(
                        400,
                        "malformed-json",
                        "Malformed JSON",
                        "The request body does not have the expected shape",
                        uri,
                        null);
            }
            return respond(
                    400,
                    "validation",
                    "Invalid request",
                    field + ": " + message,
                    uri,
                    List.of(new Violation(field, message)));
        }
        return respond(
                400, "malformed-json", "Malformed JSON", "The request body is not valid JSON" + where(e), uri, null);
    }

    /**
     * Where the parser stopped, as an editor counts (line and column from 1), and what it found there, so that a
     * hurried user can fix the body in one go. The parser's own message names Java types and is not shown.
     */
    private static final java.util.regex.Pattern UNEXPECTED_CHARACTER =
            java.util.regex.Pattern.compile("Unexpected character \\('(.{1,8}?)' \\(code");

    private static final java.util.regex.Pattern UNRECOGNIZED_TOKEN =
            java.util.regex.Pattern.compile("Unrecognized token '(.{1,40}?)'");

    private static String where(JsonProcessingException e) {
        com.fasterxml.jackson.core.JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        String found = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        java.util.regex.Matcher character = UNEXPECTED_CHARACTER.matcher(found);
        java.util.regex.Matcher token = UNRECOGNIZED_TOKEN.matcher(found);
        String reason;
        if (found.startsWith("Unexpected end-of-input")) {
            reason = "the body ends too early";
        } else if (character.lookingAt()) {
            reason = "unexpected character '" + character.group(1) + "'";
        } else if (token.lookingAt()) {
            reason = "unrecognized token '" + token.group(1) + "'";
        } else {
            reason = "unexpected input";
        }
        return ": " + reason + " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    static String typeName(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date like 2026-05-07";
            case "Instant", "OffsetDateTime" -> "an instant like 2026-05-07T09:30:00Z";
            case "UUID" -> "a UUID";
            case "Integer", "int", "Long", "long", "Short", "short" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            default -> type.getSimpleName();
        };
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The client-facing name: the JSON property path inside a body, or the parameter name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                names.clear();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName();
                if (name == null || name.startsWith("<")) {
                    continue;
                }
                names.add(node.getIndex() != null ? name + "[" + node.getIndex() + "]" : name);
            }
        }
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return parameter == null ? "body" : parameter;
    }

    static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** 503 with Retry-After: nothing was saved, and the same request can be sent again after that many seconds. */
    private static Response retryLater(String type, String detail, int retryAfterSeconds, UriInfo uri) {
        return Response.fromResponse(respond(503, type, "Service unavailable", detail, uri, null))
                .header("Retry-After", Integer.toString(retryAfterSeconds))
                .build();
    }

    static Response respond(
            int status, String type, String title, String detail, UriInfo uri, List<Violation> violations) {
        Problem body = new Problem(
                "urn:liaison:problem:" + type,
                title,
                status,
                detail,
                uri == null ? null : uri.getPath(),
                violations == null || violations.isEmpty() ? null : violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
