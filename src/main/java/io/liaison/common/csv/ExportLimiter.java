package io.liaison.common.csv;

import io.liaison.common.error.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many CSV exports may stream at once. Each holds a database connection and a repeatable-read snapshot for as
 * long as its client takes to read, so a burst of report scripts must not take the pool from the web app: past the
 * limit an export is refused at once with 429 and Retry-After, never queued.
 */
@ApplicationScoped
public class ExportLimiter {

    private final int limit;
    private final Semaphore permits;

    ExportLimiter(@ConfigProperty(name = "liaison.exports.max-concurrent", defaultValue = "4") int limit) {
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
