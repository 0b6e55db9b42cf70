package io.liaison.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The one check for OFFICIAL_SENSITIVE content: its summary, outcome and decisions are shown only to ADMIN, the
 * interaction's office attendees, and the current LEAD or SUPPORT owners of any of its stakeholders. Everyone else
 * — in JSON, CSV and exports alike — gets the record with those fields redacted. Every feature that shows
 * interaction content asks here, for a whole page of interactions at once (one query, never one per row).
 */
@RequestScoped
public class SensitiveContent {

    private final EntityManager em;
    private final Caller caller;

    SensitiveContent(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    /** Of the given sensitive interactions, the ones the caller may read in full. */
    @SuppressWarnings("unchecked")
    public Set<UUID> readable(Collection<UUID> sensitiveInteractionIds) {
        if (sensitiveInteractionIds.isEmpty()) {
            return Set.of();
        }
        if (caller.hasRole(Roles.ADMIN)) {
            return new HashSet<>(sensitiveInteractionIds);
        }
        UUID me = caller.teamMemberId().orElse(null);
        if (me == null) {
            return Set.of();
        }
        List<UUID> ids = em.createNativeQuery("""
                        select i.id from interaction i
                        where i.id in (:ids)
                          and (exists (select 1 from interaction_attendee a
                                       where a.interaction_id = i.id and a.team_member_id = :me)
                               or exists (select 1 from interaction_stakeholder s
                                          join ownership o on o.stakeholder_id = s.stakeholder_id and o.end_date is null
                                          where s.interaction_id = i.id and o.team_member_id = :me))
                        """, UUID.class)
                .setParameter("ids", sensitiveInteractionIds)
                .setParameter("me", me)
                .getResultList();
        return new HashSet<>(ids);
    }
}
