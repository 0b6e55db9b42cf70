package io.liaison.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.security.Caller;
import io.liaison.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
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

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final AppClock clock;
    private final Caller caller;

    IdempotentPost(EntityManager em, ObjectMapper mapper, AppClock clock, Caller caller) {
        this.caller = caller;
        this.em = em;
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
        int claimed = em.createNativeQuery("""
                        insert into idempotency_record (caller, method, path, idempotency_key, request_hash, created_at)
                        values (:caller, 'POST', :path, :key, :hash, :now)
                        on conflict (caller, method, path, idempotency_key) do update
                            set request_hash = excluded.request_hash, response_status = null, response_body = null,
                                location = null, etag = null, created_at = excluded.created_at
                            where idempotency_record.created_at < :expired
                        """)
                .setParameter("caller", caller)
                .setParameter("path", path)
                .setParameter("key", key)
                .setParameter("hash", hash)
                .setParameter("now", now)
                .setParameter("expired", now.minus(RETENTION))
                .executeUpdate();
        if (claimed == 0) {
            return replay(caller, path, key, hash);
        }
        Response response = action.get().toResponse();
        em.createNativeQuery("""
                        update idempotency_record set response_status = :status, response_body = :body,
                            location = :location, etag = :etag
                        where caller = :caller and method = 'POST' and path = :path and idempotency_key = :key
                        """)
                .setParameter("status", response.getStatus())
                .setParameter("body", toJson(response.getEntity()))
                .setParameter(
                        "location",
                        response.getLocation() == null
                                ? null
                                : response.getLocation().toString())
                .setParameter(
                        "etag",
                        response.getEntityTag() == null
                                ? null
                                : response.getEntityTag().getValue())
                .setParameter("caller", caller)
                .setParameter("path", path)
                .setParameter("key", key)
                .executeUpdate();
        return response;
    }

    private Response replay(String caller, String path, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select request_hash, response_status, response_body, location, etag from idempotency_record
                        where caller = :caller and method = 'POST' and path = :path and idempotency_key = :key
                        """)
                .setParameter("caller", caller)
                .setParameter("path", path)
                .setParameter("key", key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ApiProblem.unprocessable(HEADER, "was already used with a different request body");
        }
        Response.ResponseBuilder builder = Response.status((Integer) row[1]).header("Idempotent-Replayed", "true");
        if (row[2] != null) {
            builder.entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (row[3] != null) {
            builder.header("Location", row[3]);
        }
        if (row[4] != null) {
            builder.tag((String) row[4]);
        }
        return builder.build();
    }

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
