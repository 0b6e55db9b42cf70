package io.liaison.interaction.service;

import io.liaison.common.persistence.Ids;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.interaction.Interaction;
import io.liaison.interaction.InteractionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Keeps the per-stakeholder summaries of the log (last completed contact, last completed briefing per policy area;
 * migration V8) in step with it. Every write to an interaction calls one of these once, after its flush and in its
 * transaction: {@link #afterCreate} for a new one, {@link #afterWrite} with the stakeholders it had before and has now
 * for the rest. The alert and coverage queries read only the summaries, so a write that skipped this would leave a
 * briefing looking overdue.
 */
@ApplicationScoped
public class InteractionSummaries {

    private final SqlRunner sql;

    InteractionSummaries(SqlRunner sql) {
        this.sql = sql;
    }

    /**
     * Refreshes the summaries when the write could change them: the interaction counts (is COMPLETED) now or did
     * before. A scheduled meeting logged or moved changes nothing, and costs nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterWrite(InteractionStatus statusBefore, Collection<UUID> stakeholdersBefore, Interaction after) {
        if (statusBefore != InteractionStatus.COMPLETED && after.getStatus() != InteractionStatus.COMPLETED) {
            return;
        }
        Set<UUID> touched = new TreeSet<>(stakeholdersBefore);
        touched.addAll(after.getStakeholderIds());
        refresh(touched);
    }

    /**
     * Moves the summaries forward for a newly logged interaction, after its flush: a new one can only make a last day
     * later, so its own rows are enough (advance_interaction_summaries, V14) and the stakeholders' logs are not read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterCreate(Interaction created) {
        if (created.getStatus() != InteractionStatus.COMPLETED) {
            return;
        }
        sql.one(String.class, "select cast(advance_interaction_summaries(:id) as text)", Map.of("id", created.getId()));
    }

    /** Recomputes the summaries of these stakeholders from the log, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<UUID> stakeholderIds) {
        if (stakeholderIds.isEmpty()) {
            return;
        }
        sql.one(
                String.class,
                "select cast(refresh_interaction_summaries(:ids) as text)",
                Map.of("ids", Ids.array(stakeholderIds)));
    }
}
