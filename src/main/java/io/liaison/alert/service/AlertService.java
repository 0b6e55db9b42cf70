package io.liaison.alert.service;

import io.liaison.audit.AuditAction;
import io.liaison.audit.AuditLog;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.security.Caller;
import io.liaison.common.security.Roles;
import io.liaison.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** What people say about alerts: acknowledged (office-wide, until it gets worse) and snoozed (until a date). */
@ApplicationScoped
public class AlertService {

    private final AlertQuery alerts;
    private final SqlRunner sql;
    private final Caller caller;
    private final AuditLog audit;
    private final AppClock clock;

    AlertService(AlertQuery alerts, SqlRunner sql, Caller caller, AuditLog audit, AppClock clock) {
        this.alerts = alerts;
        this.sql = sql;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    public AlertView get(UUID id) {
        return alerts.find(id).orElseThrow(() -> ApiProblem.notFound("Alert", id + " (not due, or no longer)"));
    }

    /** EDITOR and ADMIN acknowledge any alert; an APPOINTEE only their own. */
    @Transactional
    public AlertView acknowledge(UUID id, String note) {
        AlertView alert = get(id);
        if (!caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.EDITOR)) {
            boolean mine = caller.teamMemberId().map(alert.ownerIds()::contains).orElse(false);
            if (!mine) {
                throw ApiProblem.forbidden("you may acknowledge only your own alerts");
            }
        }
        sql.withHandle(handle -> handle.createUpdate("""
                        insert into alert_state (alert_id, acknowledged_at, acknowledged_by, acknowledged_note,
                                                 acknowledged_severity, updated_at)
                        values (:id, :now, :by, :note, :severity, :now)
                        on conflict (alert_id) do update set acknowledged_at = excluded.acknowledged_at,
                            acknowledged_by = excluded.acknowledged_by, acknowledged_note = excluded.acknowledged_note,
                            acknowledged_severity = excluded.acknowledged_severity, updated_at = excluded.updated_at,
                            version = alert_state.version + 1
                        """)
                .bind("id", id)
                .bind("now", clock.now())
                .bind("by", caller.name())
                .bind("note", note)
                .bind("severity", alert.severity())
                .execute());
        Map<String, Object> after = new HashMap<>();
        after.put("acknowledgedSeverity", alert.severity().name());
        after.put("note", note);
        audit.record("alert", id, AuditAction.UPDATE, null, after);
        return get(id);
    }

    @Transactional
    public AlertView snooze(UUID id, LocalDate until) {
        AlertView alert = get(id);
        if (!until.isAfter(clock.today())) {
            throw ApiProblem.invalid("until", "must be after today");
        }
        sql.withHandle(handle -> handle.createUpdate("""
                        insert into alert_state (alert_id, snoozed_until, snoozed_by, updated_at)
                        values (:id, :until, :by, :now)
                        on conflict (alert_id) do update set snoozed_until = excluded.snoozed_until,
                            snoozed_by = excluded.snoozed_by, updated_at = excluded.updated_at,
                            version = alert_state.version + 1
                        """)
                .bind("id", alert.id())
                .bind("until", until)
                .bind("by", caller.name())
                .bind("now", clock.now())
                .execute());
        Map<String, Object> before = new HashMap<>();
        before.put(
                "snoozedUntil",
                alert.snoozedUntil() == null ? null : alert.snoozedUntil().toString());
        audit.record("alert", id, AuditAction.UPDATE, before, Map.of("snoozedUntil", until.toString()));
        return get(id);
    }
}
