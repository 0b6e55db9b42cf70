package io.liaison.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.security.Caller;
import io.liaison.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Idempotency-Key for POST: the first request with a key runs and its response is kept for 24 hours; a retry
 * with the same key and body gets that response again and creates nothing; the same key with another body is
 * 422. Keys are scoped to the caller, so two callers never see each other's responses. The key is claimed, the work done and the response stored in one transaction, so a concurrent retry waits
 * on the claim and then replays, and a failed request releases its key.
 */
@ApplicationScoped
public class IdempotentPost {

    public static final String HEADER = "Idempotency-Key";
    static final Duration RETENTION = Duration.ofHours(24);

    private final SqlRunner sql;
    private final ObjectMapper mapper;
    private final AppClock clock;
    private final Caller caller;

    IdempotentPost(SqlRunner sql, ObjectMapper mapper, AppClock clock, Caller caller) {
        this.caller = caller;
        this.sql = sql;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public Response run(String key, String path, Object request, Supplier<RestResponse<?>> action) {
        if (key == null) {
            return action.get().toResponse();
        }
        if (key.isBlank() || key.length() > 255) {
            throw ApiProblem.invalid(HEADER, "must be 1 to 255 characters");
        }
        String caller = this.caller.name();
        String hash = hash(request);
        var now = clock.now();
        int claimed = sql.withHandle(handle -> handle.createUpdate("""
                        insert into idempotency_record (caller, method, path, idempotency_key, request_hash, created_at)
                        values (:caller, 'POST', :path, :key, :hash, :now)
                        on conflict (caller, method, path, idempotency_key) do update
                            set request_hash = excluded.request_hash, response_status = null, response_body = null,
                                location = null, etag = null, created_at = excluded.created_at
                            where idempotency_record.created_at < :expired
                        """)
                .bind("caller", caller)
                .bind("path", path)
                .bind("key", key)
                .bind("hash", hash)
                .bind("now", now)
                .bind("expired", now.minus(RETENTION))
                .execute());
        if (claimed == 0) {
            return replay(caller, path, key, hash);
        }
        Response response = action.get().toResponse();
        String body = toJson(response.getEntity());
        sql.withHandle(handle -> handle.createUpdate("""
                        update idempotency_record set response_status = :status, response_body = :body,
                            location = :location, etag = :etag
                        where caller = :caller and method = 'POST' and path = :path and idempotency_key = :key
                        """)
                .bind("status", response.getStatus())
                .bind("body", body)
                .bind(
                        "location",
                        response.getLocation() == null
                                ? null
                                : response.getLocation().toString())
                .bind(
                        "etag",
                        response.getEntityTag() == null
                                ? null
                                : response.getEntityTag().getValue())
                .bind("caller", caller)
                .bind("path", path)
                .bind("key", key)
                .execute());
        if (body != null && response.getEntityTag() != null) {
            // The JSON just stored is the answer, as a replay's is: the same bytes, and written once. (Only with its
            // ETag already set: the filter that sets a record's ETag reads the record, not its JSON.)
            return Response.fromResponse(response)
                    .entity(body)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        return response;
    }

    private Response replay(String caller, String path, String key, String hash) {
        Stored stored = sql.first(Stored.class, """
                        select request_hash, response_status, response_body, location, etag from idempotency_record
                        where caller = :caller and method = 'POST' and path = :path and idempotency_key = :key
                        """, Map.of("caller", caller, "path", path, "key", key))
                .orElseThrow();
        if (!hash.equals(stored.requestHash())) {
            throw ApiProblem.unprocessable(HEADER, "was already used with a different request body");
        }
        Response.ResponseBuilder builder =
                Response.status(stored.responseStatus()).header("Idempotent-Replayed", "true");
        if (stored.responseBody() != null) {
            builder.entity(stored.responseBody()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (stored.location() != null) {
            builder.header("Location", stored.location());
        }
        if (stored.etag() != null) {
            builder.tag(stored.etag());
        }
        return builder.build();
    }

    /** The first request's record: its body's hash and the response it got. */
    record Stored(String requestHash, Integer responseStatus, String responseBody, String location, String etag) {}

    private String hash(Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(mapper.writeValueAsBytes(request)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return entity instanceof String s
                    ? s
                    : new String(mapper.writeValueAsBytes(entity), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
