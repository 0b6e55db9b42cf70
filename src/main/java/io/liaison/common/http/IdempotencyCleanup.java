package io.liaison.common.http;

import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.time.AppClock;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Deletes Idempotency-Key records past their 24 hours. Expired keys are already treated as unused; this only
 * keeps the table small. Safe to run on every instance at once.
 */
@ApplicationScoped
public class IdempotencyCleanup {

    private final SqlRunner sql;
    private final AppClock clock;

    IdempotencyCleanup(SqlRunner sql, AppClock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        deleteExpired();
    }

    @Transactional
    public int deleteExpired() {
        int deleted = sql.update(
                "delete from idempotency_record where created_at < :expired",
                Map.of("expired", clock.now().minus(IdempotentPost.RETENTION)));
        if (deleted > 0) {
            Log.debugf("Deleted %d expired idempotency records", deleted);
        }
        return deleted;
    }
}
