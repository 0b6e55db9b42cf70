package io.liaison.common.csv;

import io.liaison.common.error.ApiProblem;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many CSV exports may stream at once. Each holds a database connection and a repeatable-read snapshot for as
 * long as its client takes to read, so a burst of report scripts must not take the pool from the web app: past the
 * limit an export is refused at once with 429 and Retry-After, never queued. An export also holds one of the service's
 * few request threads (quarkus.thread-pool.max-threads) while it streams, so the limit must leave some for everyone
 * else: a configuration that does not is refused at start.
 */
@ApplicationScoped
@Startup
public class ExportLimiter {

    private final int limit;
    private final Semaphore permits;

    ExportLimiter(
            @ConfigProperty(name = "liaison.exports.max-concurrent", defaultValue = "4") int limit,
            @ConfigProperty(name = "quarkus.thread-pool.max-threads") int requestThreads) {
        if (limit >= requestThreads) {
            throw new IllegalStateException("liaison.exports.max-concurrent (" + limit
                    + ") must be lower than quarkus.thread-pool.max-threads (" + requestThreads
                    + "): each export holds a request thread while its client reads, and the API needs one left");
        }
        this.limit = limit;
        this.permits = new Semaphore(Math.max(limit, 0));
    }

    /** Takes a permit or refuses; the caller must {@link #release()} it when the export ends, however it ends. */
    public void acquire() {
        if (!permits.tryAcquire()) {
            throw ApiProblem.busy("at most " + limit + " CSV exports run at once; retry in a few seconds");
        }
    }

    public void release() {
        permits.release();
    }

    /** Takes a permit now (or refuses) for a download written later, and gives it back when the writing ends. */
    public StreamingOutput guarded(StreamingOutput body) {
        acquire();
        return output -> {
            try {
                body.write(output);
            } finally {
                release();
            }
        };
    }
}
