package io.liaison.audit;

import io.liaison.common.persistence.Ids;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.security.Caller;
import io.liaison.common.security.SensitiveContent;
import io.liaison.common.time.AppClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Records every request that shows OFFICIAL_SENSITIVE text to someone who did not attend the interaction: its
 * stakeholders' owners and ADMIN may read it, and each such read leaves one row (reader, endpoint, time, the
 * interactions), in a transaction of its own so that read-only requests record too and a write that fails still
 * leaves no trace of a read it never answered. Pages and single records note what they showed while the request
 * runs and are recorded once, when it answers; streamed exports record what they are about to show before they
 * start.
 */
@RequestScoped
public class SensitiveReadLog {

    private final Set<UUID> shown = new LinkedHashSet<>();
    private Export export;
    private final EntityManager em;
    private final Caller caller;
    private final AppClock clock;
    private final HttpServerRequest request;

    SensitiveReadLog(EntityManager em, Caller caller, AppClock clock, HttpServerRequest request) {
        this.em = em;
        this.caller = caller;
        this.clock = clock;
        this.request = request;
    }

    /** The interactions whose sensitive text this request shows to a non-attendee. */
    public void shown(Collection<UUID> interactionIds) {
        shown.addAll(interactionIds);
    }

    /**
     * A streamed export will show the interactions chosen by {@code chosen} (a filter on the interaction aliased as
     * the rule's alias, "i"): those whose sensitive text it shows to this non-attendee are recorded when it answers,
     * found by the same condition in one statement, however many there are.
     */
    public void exporting(SqlFilter chosen, SensitiveContent.ReadRule rule) {
        export = new Export(chosen, rule);
    }

    private record Export(SqlFilter chosen, SensitiveContent.ReadRule rule) {}

    /** Records what this request showed: called once, when it answers successfully (before a download's body). */
    void recordAnswered() {
        if (shown.isEmpty() && export == null) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (!shown.isEmpty()) {
                bindReader(em.createNativeQuery("""
                                        insert into sensitive_read (read_at, reader, reader_team_member_id, endpoint,
                                                                    interaction_ids)
                                        values (:at, :reader, :member, :endpoint, :ids)""").setParameter("ids", Ids.array(shown)))
                        .executeUpdate();
            }
            if (export != null) {
                String condition = export.rule().shownToNonAttendeeCondition();
                String clause = export.chosen().clause();
                var insert = em.createNativeQuery("""
                        insert into sensitive_read (read_at, reader, reader_team_member_id, endpoint, interaction_ids)
                        select :at, :reader, :member, :endpoint, ids
                        from (select array_agg(i.id order by i.id) as ids from interaction i"""
                        + (clause.isEmpty() ? " where " : clause + " and ") + condition
                        + ") shown where ids is not null");
                export.chosen().parameters().forEach(insert::setParameter);
                export.rule().parameters().forEach(insert::setParameter);
                bindReader(insert).executeUpdate();
            }
        });
        shown.clear();
        export = null;
    }

    private jakarta.persistence.Query bindReader(jakarta.persistence.Query insert) {
        return insert.setParameter("at", clock.now())
                .setParameter("reader", caller.name())
                .setParameter("member", caller.teamMemberId().orElse(null))
                .setParameter("endpoint", request.method() + " " + request.path());
    }
}
