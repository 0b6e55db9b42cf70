package io.liaison.common.csv;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerResponse;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A download's body that fails as soon as its client has gone. Vert.x drops writes to a closed connection without an
 * error unless its write queue is full, so an export whose client gave up (a report script's timeout, a closed tab)
 * otherwise ran to its last row, holding a request thread, a database connection and an export permit for nothing,
 * for as long as the whole log takes to read.
 */
final class WhileClientListens extends FilterOutputStream {

    /** How often a download waiting on the database looks for its client. */
    private static final long WATCH_MILLIS = 200;

    private static final ScheduledExecutorService WATCHER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "liaison-download-watcher");
        thread.setDaemon(true);
        return thread;
    });

    /** The client closed its connection before the download was complete. */
    static final class ClientLeft extends IOException {
        ClientLeft() {
            super("the client closed the connection before the download was complete");
        }
    }

    private final HttpServerResponse response;

    WhileClientListens(OutputStream out, HttpServerResponse response) {
        super(out);
        this.response = response;
    }

    @Override
    public void write(int b) throws IOException {
        ensureListening();
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        ensureListening();
        out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        ensureListening();
        out.flush();
    }

    private void ensureListening() throws ClientLeft {
        if (response.closed()) {
            throw new ClientLeft();
        }
    }

    /** Whether this failure, however wrapped (JDBC, the transaction, CSV printing), is a client that left. */
    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ClientLeft) {
                return true;
            }
        }
        return false;
    }

    /** What stops a wait on the database, e.g. the JDBC connection's cancelQuery. */
    @FunctionalInterface
    interface Cancel {
        void run() throws Exception;
    }

    /**
     * Runs {@code cancel} once if the client goes while the download waits on the database (PostgreSQL sorts the whole
     * interaction log before COPY sends its first row, ~6 s at bench size, and no write happens meanwhile to notice),
     * and never after the returned watch is closed. Close it before the connection goes back to the pool, so a late
     * cancel cannot reach another request's statement.
     */
    Watch cancelIfClientLeaves(Cancel cancel) {
        Watch watch = new Watch(cancel);
        watch.future = WATCHER.scheduleWithFixedDelay(watch::check, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
        return watch;
    }

    final class Watch implements AutoCloseable {

        private final Cancel cancel;
        private ScheduledFuture<?> future;
        private boolean over;

        private Watch(Cancel cancel) {
            this.cancel = cancel;
        }

        private synchronized void check() {
            if (over || !response.closed()) {
                return;
            }
            over = true;
            try {
                cancel.run();
            } catch (Exception e) {
                Log.debugf(e, "Could not cancel an abandoned download's query");
            }
        }

        @Override
        public synchronized void close() {
            over = true;
            future.cancel(false);
        }
    }
}
