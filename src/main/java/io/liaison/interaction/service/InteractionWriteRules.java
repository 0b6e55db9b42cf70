package io.liaison.interaction.service;

import io.liaison.common.error.ApiProblem;
import io.liaison.common.error.Violation;
import io.liaison.common.persistence.Ids;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.security.Caller;
import io.liaison.common.security.Roles;
import io.liaison.interaction.Classification;
import io.liaison.interaction.Interaction;
import io.liaison.interaction.InteractionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who may write what in the interaction log, applied by every write path to the record as it will be after the change:
 * an APPOINTEE logs only for stakeholders they own and edits only what they attend; nobody changes text they may not
 * read; nobody but ADMIN adds themselves to an interaction after the fact; a finished interaction keeps its status.
 */
@ApplicationScoped
class InteractionWriteRules {

    private final SqlRunner sql;
    private final Caller caller;

    InteractionWriteRules(SqlRunner sql, Caller caller) {
        this.sql = sql;
        this.caller = caller;
    }

    /**
     * The request as it may apply: a caller who may not read the stored interaction's sensitive text (it is withheld
     * from them) may not change it or its classification either. What they send for those fields is ignored when null
     * or absent, as a record read back redacted and saved again sends it; anything else is 403 naming every such
     * field, so saving a redacted record never wipes what its readers wrote.
     */
    InteractionCommand keepingWithheldText(Interaction stored, InteractionCommand request) {
        requireNoWithheldText(
                request.summary(),
                request.outcome(),
                request.decisions(),
                request.classification() == stored.getClassification() ? null : request.classification());
        return request.withTextOf(stored);
    }

    void requireNoWithheldText(String summary, String outcome, String decisions, Classification classification) {
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("summary", summary);
        sent.put("outcome", outcome);
        sent.put("decisions", decisions);
        sent.put("classification", classification);
        List<Violation> refused = sent.entrySet().stream()
                .filter(field -> field.getValue() != null)
                .map(field -> new Violation(
                        field.getKey(),
                        "you may not read this OFFICIAL_SENSITIVE interaction's text, so you may not change it"))
                .toList();
        if (!refused.isEmpty()) {
            throw ApiProblem.forbidden(
                    "you may not change text you may not read: "
                            + String.join(
                                    ", ", refused.stream().map(Violation::field).toList()),
                    refused);
        }
    }

    /**
     * Nobody but ADMIN adds themselves to an interaction that is not still ahead (completed, cancelled, or completed
     * by this very change): they were not there, and an attendee reads its sensitive text unrecorded.
     */
    void requireNoSelfAttendanceAfterTheFact(Interaction stored, InteractionCommand change) {
        boolean stillAhead =
                stored.getStatus() == InteractionStatus.SCHEDULED && change.status() == InteractionStatus.SCHEDULED;
        if (stillAhead || caller.hasRole(Roles.ADMIN)) {
            return;
        }
        UUID me = caller.teamMemberId().orElse(null);
        List<UUID> attendeesAfter = change.attendeeIds();
        if (me != null
                && attendeesAfter != null
                && attendeesAfter.contains(me)
                && !stored.getAttendeeIds().contains(me)) {
            int index = attendeesAfter.indexOf(me);
            throw ApiProblem.forbidden(
                    "you cannot add yourself as an attendee of an interaction that has taken place or was cancelled:"
                            + " you were not there",
                    List.of(new Violation("attendeeIds[" + index + "]", "you cannot add yourself after the fact")));
        }
    }

    /**
     * An APPOINTEE's change is held to the rule their POST is: every stakeholder the interaction gains must be one
     * they own, so nobody moves a record to a stakeholder they could not have logged it for.
     */
    void requireMayLogForAdded(Interaction stored, List<UUID> stakeholdersAfter) {
        List<UUID> added = stakeholdersAfter.stream()
                .filter(id -> !stored.getStakeholderIds().contains(id))
                .toList();
        if (!added.isEmpty()) {
            requireMayLogFor(added);
        }
    }

    void requireAllowedMove(InteractionStatus from, InteractionStatus to) {
        if (from == to) {
            return;
        }
        if (from != InteractionStatus.SCHEDULED) {
            throw ApiProblem.conflict("status", "a " + from + " interaction cannot become " + to);
        }
    }

    /** APPOINTEEs log only for stakeholders they own (LEAD or SUPPORT); EDITOR and ADMIN for anyone. */
    void requireMayLogFor(List<UUID> stakeholderIds) {
        if (caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.EDITOR)) {
            return;
        }
        UUID me = caller.teamMemberId()
                .orElseThrow(() ->
                        ApiProblem.forbidden("your login is not linked to a team member, so you own no stakeholders"));
        long owned = sql.one(
                Long.class,
                "select count(distinct stakeholder_id) from ownership"
                        + " where team_member_id = :me and end_date is null and stakeholder_id = any(:ids)",
                Map.of("me", me, "ids", Ids.array(new HashSet<>(stakeholderIds))));
        if (owned < new HashSet<>(stakeholderIds).size()) {
            throw ApiProblem.forbidden("you may log interactions only for stakeholders you own (LEAD or SUPPORT)");
        }
    }

    /** APPOINTEEs edit only the interactions they attend. */
    void requireMayEdit(Interaction interaction) {
        if (caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.EDITOR)) {
            return;
        }
        UUID me = caller.teamMemberId().orElse(null);
        if (me == null || !interaction.getAttendeeIds().contains(me)) {
            throw ApiProblem.forbidden("you may change only the interactions you attend");
        }
    }
}
