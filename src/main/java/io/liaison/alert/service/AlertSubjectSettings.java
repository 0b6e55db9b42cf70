package io.liaison.alert.service;

import io.liaison.alert.AlertSettings;
import io.liaison.common.persistence.SqlRunner;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * The stored alert subjects (db/derived/40_alert_subjects.sql) carry MEETING_PREP_DUE dates computed with the prep lead
 * time. When the service starts with a different {@code liaison.alerts.prep-lead-days} than the one they were computed
 * with, it records the new one and recomputes every subject, so no stored date keeps the old lead time. The service may
 * start while the database is down (health says so); then it tries again every minute until the database answers.
 */
@ApplicationScoped
public class AlertSubjectSettings {

    private final SqlRunner sql;
    private final AlertSettings settings;

    AlertSubjectSettings(SqlRunner sql, AlertSettings settings) {
        this.sql = sql;
        this.settings = settings;
    }

    private volatile boolean applied;

    void onStart(@Observes StartupEvent started) {
        tryToApply();
    }

    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void untilApplied() {
        if (!applied) {
            tryToApply();
        }
    }

    private void tryToApply() {
        try {
            applyPrepLeadTime();
            applied = true;
        } catch (RuntimeException e) {
            Log.warnf(
                    "Could not check the prep lead time of the stored alerts yet (%s); will try again", e.getMessage());
        }
    }

    /** Records the configured prep lead time and recomputes every subject if it differs; true when it did. */
    @Transactional
    public boolean applyPrepLeadTime() {
        int changed = sql.update(
                "update alert_config set prep_lead_days = :days where prep_lead_days <> :days",
                Map.of("days", settings.prepLeadDays()));
        if (changed > 0) {
            Log.infof("Prep lead time is now %d days: recomputing every alert subject", settings.prepLeadDays());
            sql.one(String.class, "select cast(refresh_alert_subjects(null) as text)", Map.of());
        }
        return changed > 0;
    }
}
