package io.liaison.common.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaison.common.json.MergePatcher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * What every resource does around a write: the request record becomes the service's command, and the write and the
 * answer built from what it wrote run in one transaction, so the answer shows exactly the version written (and can
 * read what the write left loaded). Creating, replacing and merge-patching a record are handled here once, so each
 * resource names only its service's write and how its record is answered.
 */
@ApplicationScoped
public class RecordWrites {

    private final ObjectMapper mapper;
    private final IdempotentPost idempotent;
    private final MergePatcher patcher;

    RecordWrites(ObjectMapper mapper, IdempotentPost idempotent, MergePatcher patcher) {
        this.mapper = mapper;
        this.idempotent = idempotent;
        this.patcher = patcher;
    }

    /**
     * The service's own form of a request record (or of a merge patch's result): the two declare the same fields under
     * the same names, so they convert member by member; the request's validation has already run.
     */
    public <C> C command(Object request, Class<C> type) {
        return mapper.convertValue(request, type);
    }

    /** The write and its answer in one transaction (joining the caller's, as an Idempotency-Key's). */
    public <R> R inOneTransaction(Supplier<R> writeAndAnswer) {
        return QuarkusTransaction.joiningExisting().call(writeAndAnswer::get);
    }

    /**
     * POST to a collection: 201 with the new record, its ETag and its Location, kept for a retry with the same
     * Idempotency-Key.
     */
    public <C, V> Response create(
            String idempotencyKey, Object body, Class<C> commandType, Function<C, V> write, RecordAnswer<V> answer) {
        return create(idempotencyKey, answer.collection(), body, commandType, write, answer);
    }

    /** As above, for a record posted to one path ({@code postedTo}) that lives in another collection. */
    public <C, V> Response create(
            String idempotencyKey,
            String postedTo,
            Object body,
            Class<C> commandType,
            Function<C, V> write,
            RecordAnswer<V> answer) {
        return idempotent.run(
                idempotencyKey, postedTo, body, () -> answer.created(write.apply(command(body, commandType))));
    }

    /** PUT: the body replaces the record if If-Match names its current version; 200 with the record as it is now. */
    public <C, V> RestResponse<V> replace(
            String ifMatch,
            Object body,
            Class<C> commandType,
            BiFunction<ExpectedVersion, C, V> write,
            RecordAnswer<V> answer) {
        return answer.ok(
                inOneTransaction(() -> write.apply(ExpectedVersion.fromIfMatch(ifMatch), command(body, commandType))));
    }

    /**
     * PATCH: the merge patch applied to the record's writable fields as they are ({@code current}) is read and
     * validated as a PUT body ({@code requestType}) would be, then written as a PUT.
     */
    public <R, C, V> RestResponse<V> patch(
            String ifMatch,
            Object current,
            JsonNode patch,
            Class<R> requestType,
            Class<C> commandType,
            BiFunction<ExpectedVersion, C, V> write,
            RecordAnswer<V> answer) {
        return replace(ifMatch, patcher.apply(current, patch, requestType), commandType, write, answer);
    }
}
