package io.liaison.audit;

import io.liaison.common.persistence.Ids;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.security.Caller;
import io.liaison.common.security.SensitiveContent;
import io.liaison.common.time.AppClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Records every request that shows OFFICIAL_SENSITIVE text to someone who did not attend the interaction: its
 * stakeholders' owners and ADMIN may read it, and each such read leaves one row (reader, endpoint, time, the
 * interactions), in a transaction of its own so that read-only requests record too and a write that fails still
 * leaves no trace of a read it never answered. Pages and single records note what they showed while the request
 * runs and are recorded once, when it answers; streamed exports record what they showed once their rows are
 * written.
 */
@RequestScoped
public class SensitiveReadLog {

    private final Set<UUID> shown = new LinkedHashSet<>();
    private final SqlRunner sql;
    private final Caller caller;
    private final AppClock clock;
    private final HttpServerRequest request;

    SensitiveReadLog(SqlRunner sql, Caller caller, AppClock clock, HttpServerRequest request) {
        this.sql = sql;
        this.caller = caller;
        this.clock = clock;
        this.request = request;
    }

    /** The interactions whose sensitive text this request shows to a non-attendee. */
    public void shown(Collection<UUID> interactionIds) {
        shown.addAll(interactionIds);
    }

    /**
     * What a streamed export must leave on record, to run once its rows are written: the interactions chosen by
     * {@code chosen} (a filter on the interaction aliased as the rule's alias, "i") whose sensitive text it showed to
     * this non-attendee, found by the same condition in one statement, however many there are. It runs after the rows,
     * not before, so that it never waits on a lock the export's own query would be cancelled from if its client left;
     * the reader and the request are taken now, while the request is in scope.
     */
    public Runnable exported(SqlFilter chosen, SensitiveContent.ReadRule rule) {
        Instant at = clock.now();
        String reader = caller.name();
        UUID member = caller.teamMemberId().orElse(null);
        String endpoint = endpoint();
        String clause = chosen.clause();
        String insert = """
                insert into sensitive_read (read_at, reader, reader_team_member_id, endpoint, interaction_ids)
                select :at, :reader, :member, :endpoint, ids
                from (select array_agg(i.id order by i.id) as ids from interaction i"""
                + (clause.isEmpty() ? " where " : clause + " and ") + rule.shownToNonAttendeeCondition()
                + ") shown where ids is not null";
        Map<String, Object> parameters = new HashMap<>(chosen.parameters());
        parameters.putAll(rule.parameters());
        parameters.put("at", at);
        parameters.put("reader", reader);
        parameters.put("member", member);
        parameters.put("endpoint", endpoint);
        return () -> QuarkusTransaction.requiringNew().run(() -> sql.update(insert, parameters));
    }

    /** Records what this request showed: called once, when it answers successfully. */
    void recordAnswered() {
        if (shown.isEmpty()) {
            return;
        }
        UUID[] ids = Ids.array(shown);
        shown.clear();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("at", clock.now());
        parameters.put("reader", caller.name());
        parameters.put("member", caller.teamMemberId().orElse(null));
        parameters.put("endpoint", endpoint());
        parameters.put("ids", ids);
        QuarkusTransaction.requiringNew().run(() -> sql.update("""
                        insert into sensitive_read (read_at, reader, reader_team_member_id, endpoint, interaction_ids)
                        values (:at, :reader, :member, :endpoint, :ids)""", parameters));
    }

    private String endpoint() {
        return request.method() + " " + request.path();
    }
}
