package io.liaison.common.csv;

import io.liaison.common.error.ApiProblem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many CSV exports may stream at once. Each holds a database connection and a repeatable-read snapshot for as
 * long as its client takes to read, so a burst of report scripts must not take the pool from the web app: past the
 * limit an export is refused at once with 429 and Retry-After, never queued. An export also holds one of the service's
 * few request threads (quarkus.thread-pool.max-threads) while it streams, so the limit must leave some for everyone
 * else: a configuration that does not is refused at start. A download whose client has gone stops at its next write
 * and gives its place back (WhileClientListens), counted in the metric liaison_exports_abandoned_total.
 */
@ApplicationScoped
@Startup
public class ExportLimiter {

    private final int limit;
    private final Semaphore permits;
    private CurrentVertxRequest currentRequest;
    private Counter abandoned;

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

    @Inject
    void watchClients(CurrentVertxRequest currentRequest, MeterRegistry registry) {
        this.currentRequest = currentRequest;
        this.abandoned = Counter.builder("liaison.exports.abandoned")
                .description("Downloads stopped because their client closed the connection first")
                .register(registry);
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

    /**
     * Takes a permit now (or refuses) for a download written later, and gives it back when the writing ends. Called on
     * the request's thread: the download is tied to the client connection it came on.
     */
    public StreamingOutput guarded(StreamingOutput body) {
        RoutingContext request = currentRequest.getCurrent();
        HttpServerResponse response = request.response();
        String path = request.request().path();
        acquire();
        return output -> {
            try {
                body.write(new WhileClientListens(output, response));
            } catch (IOException | RuntimeException e) {
                if (!WhileClientListens.isCause(e) && !response.closed()) {
                    throw e;
                }
                // Its transaction has rolled back and its query was cancelled on the way out; nobody is left to tell.
                abandoned.increment();
                Log.infof("Download of %s stopped: its client closed the connection first", path);
            } finally {
                release();
            }
        };
    }
}
