package io.liaison.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * What every resource does around a write: the request record becomes the service's command, and the write and the
 * answer built from what it wrote run in one transaction, so the answer shows exactly the version written (and can
 * read what the write left loaded).
 */
@ApplicationScoped
public class RecordWrites {

    private final ObjectMapper mapper;

    RecordWrites(ObjectMapper mapper) {
        this.mapper = mapper;
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
}
