package io.liaison.common.error;

import java.util.List;
import java.util.Map;

/**
 * An error the API answers on purpose: thrown from services and resources, turned into problem+json once, in
 * {@link ProblemMappers}. Carries no stack trace: it is an answer, not a fault.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Violation> violations;
    private final Map<String, String> headers;

    public ApiProblem(int status, String type, String title, String detail, List<Violation> violations) {
        this(status, type, title, detail, violations, Map.of());
    }

    /** With response headers of its own (a 429's Retry-After and rate-limit headers). */
    public ApiProblem(
            int status,
            String type,
            String title,
            String detail,
            List<Violation> violations,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = violations;
        this.headers = headers;
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    /** The request itself is invalid (field format, cross-field rule). */
    public static ApiProblem invalid(String field, String message) {
        return new ApiProblem(
                400, "validation", "Invalid request", field + ": " + message, List.of(new Violation(field, message)));
    }

    /** Well-formed, but names something that does not exist or cannot be used (unknown id in a body). */
    public static ApiProblem unprocessable(String field, String message) {
        return new ApiProblem(
                422,
                "unprocessable",
                "Cannot be processed",
                field + ": " + message,
                List.of(new Violation(field, message)));
    }

    /** As {@link #invalid(String, String)}, for several fields at once; {@code detail} sums them up. */
    public static ApiProblem invalid(String detail, List<Violation> violations) {
        return new ApiProblem(400, "validation", "Invalid request", detail, violations);
    }

    /** As {@link #unprocessable(String, String)}, for several fields at once; {@code detail} sums them up. */
    public static ApiProblem unprocessable(String detail, List<Violation> violations) {
        return new ApiProblem(422, "unprocessable", "Cannot be processed", detail, violations);
    }

    /** Conflicts with the current state (duplicate, overlapping tenure). {@code field} may be null. */
    public static ApiProblem conflict(String field, String message) {
        return new ApiProblem(
                409, "conflict", "Conflict", message, field == null ? null : List.of(new Violation(field, message)));
    }

    /** Too many of a limited kind of request at once (exports); the client should retry shortly. */
    public static ApiProblem busy(String why) {
        return new ApiProblem(429, "too-many-requests", "Too many requests", why, null);
    }

    /** The caller's role allows the endpoint, but not this record (not theirs, not attended, not owned). */
    public static ApiProblem forbidden(String why) {
        return new ApiProblem(403, "forbidden", "Forbidden", why, null);
    }

    /** As {@link #forbidden(String)}, naming the fields the caller may not change. */
    public static ApiProblem forbidden(String why, List<Violation> fields) {
        return new ApiProblem(403, "forbidden", "Forbidden", why, fields);
    }

    public static ApiProblem preconditionRequired() {
        return new ApiProblem(
                428,
                "precondition-required",
                "If-Match required",
                "Send If-Match with the ETag you last read, so that no one else's change is overwritten",
                null);
    }

    public static ApiProblem preconditionFailed() {
        return new ApiProblem(
                412,
                "precondition-failed",
                "Changed by someone else",
                "The record changed since you read it: read it again and re-apply your change",
                null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
