package io.liaison.interaction.service;

import static io.liaison.common.text.Text.blankToNull;

import io.liaison.audit.AuditAction;
import io.liaison.audit.AuditLog;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.http.ExpectedVersion;
import io.liaison.common.persistence.ElementCollections;
import io.liaison.common.persistence.Ids;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.time.AppClock;
import io.liaison.interaction.Classification;
import io.liaison.interaction.FollowUp;
import io.liaison.interaction.FollowUpRepository;
import io.liaison.interaction.Interaction;
import io.liaison.interaction.InteractionRepository;
import io.liaison.interaction.InteractionStatus;
import io.liaison.plan.EngagementPlan;
import io.liaison.plan.EngagementPlanRepository;
import io.liaison.policyarea.PolicyAreaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Changing the interaction log: logging, replacing, completing and cancelling interactions and adding their
 * follow-ups, each in its transaction, with the audit entries and rights (InteractionWriteRules) every
 * write keeps. Reads are InteractionQueries'.
 */
@ApplicationScoped
public class InteractionCommands {

    private final InteractionRepository interactions;
    private final FollowUpRepository followUps;
    private final EngagementPlanRepository plans;
    private final PolicyAreaRepository policyAreas;
    private final SqlRunner sql;
    private final AuditLog audit;
    private final AppClock clock;
    private final InteractionViews views;
    private final InteractionWriteRules rules;

    InteractionCommands(
            InteractionRepository interactions,
            FollowUpRepository followUps,
            EngagementPlanRepository plans,
            PolicyAreaRepository policyAreas,
            SqlRunner sql,
            AuditLog audit,
            AppClock clock,
            InteractionViews views,
            InteractionWriteRules rules) {
        this.interactions = interactions;
        this.followUps = followUps;
        this.plans = plans;
        this.policyAreas = policyAreas;
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
        this.views = views;
        this.rules = rules;
    }

    @Transactional
    public Interaction log(InteractionCommand request) {
        rules.requireMayLogFor(request.stakeholderIds());
        Interaction interaction = new Interaction();
        apply(interaction, request, Set.of());
        interactions.persist(interaction);
        interactions.flush();
        List<NewFollowUp> actions = request.followUps() == null ? List.of() : request.followUps();
        for (int i = 0; i < actions.size(); i++) {
            addFollowUp(interaction, actions.get(i), "followUps[" + i + "].assigneeId");
        }
        audit.record("interaction", interaction.getId(), AuditAction.CREATE, null, InteractionCommand.of(interaction));
        return interaction;
    }

    @Transactional
    public Interaction update(UUID id, ExpectedVersion expected, InteractionCommand request) {
        Interaction interaction = stored(id);
        boolean mayRead = views.mayReadSensitive(id);
        // A body built from a record read with its text withheld, sent by a caller who may read it now, would clear
        // that text: they must read it again first (412).
        expected.requireCurrent(interaction.getVersion(), !mayRead);
        rules.requireMayEdit(interaction);
        if (request.followUps() != null && !request.followUps().isEmpty()) {
            throw ApiProblem.invalid(
                    "followUps",
                    "add follow-ups to an existing interaction at /interactions/{interactionId}/follow-ups");
        }
        rules.requireAllowedMove(interaction.getStatus(), request.status());
        InteractionCommand change = mayRead ? request : rules.keepingWithheldText(interaction, request);
        rules.requireNoSelfAttendanceAfterTheFact(interaction, change);
        rules.requireMayLogForAdded(interaction, change.stakeholderIds());
        InteractionCommand before = InteractionCommand.of(interaction);
        apply(interaction, change, interaction.getStakeholderIds());
        interactions.flush();
        audit.record("interaction", id, AuditAction.UPDATE, before, InteractionCommand.of(interaction));
        return interaction;
    }

    @Transactional
    public Interaction complete(UUID id, ExpectedVersion expected, CompletionDetails completion) {
        Interaction interaction = stored(id);
        // Completion never clears text (what it leaves out stays): the ETag of a withheld read will do.
        expected.requireCurrent(interaction.getVersion(), true);
        rules.requireMayEdit(interaction);
        rules.requireAllowedMove(interaction.getStatus(), InteractionStatus.COMPLETED);
        if (completion != null && !views.mayReadSensitive(id)) {
            rules.requireNoWithheldText(completion.summary(), completion.outcome(), completion.decisions(), null);
        }
        if (interaction.getStartsAt().isAfter(clock.now())) {
            throw ApiProblem.conflict(
                    "startsAt",
                    "an interaction that has not started yet cannot be completed;" + " reschedule it first");
        }
        InteractionCommand before = InteractionCommand.of(interaction);
        interaction.setStatus(InteractionStatus.COMPLETED);
        if (completion != null) {
            if (completion.outcome() != null) {
                interaction.setOutcome(completion.outcome());
            }
            if (completion.decisions() != null) {
                interaction.setDecisions(completion.decisions());
            }
            if (completion.summary() != null) {
                interaction.setSummary(completion.summary());
            }
            if (completion.endsAt() != null) {
                Instant ends = completion.endsAt().toInstant();
                if (ends.isBefore(interaction.getStartsAt())) {
                    throw ApiProblem.invalid("endsAt", "must not be before startsAt");
                }
                interaction.setEndsAt(ends);
            }
        }
        interaction.touch(clock.now());
        interactions.flush();
        audit.record("interaction", id, AuditAction.UPDATE, before, InteractionCommand.of(interaction));
        return interaction;
    }

    @Transactional
    public Interaction cancel(UUID id, ExpectedVersion expected) {
        Interaction interaction = stored(id);
        expected.requireCurrent(interaction.getVersion(), true);
        rules.requireMayEdit(interaction);
        rules.requireAllowedMove(interaction.getStatus(), InteractionStatus.CANCELLED);
        InteractionStatus before = interaction.getStatus();
        interaction.setStatus(InteractionStatus.CANCELLED);
        interaction.touch(clock.now());
        interactions.flush();
        audit.record(
                "interaction",
                id,
                AuditAction.UPDATE,
                Map.of("status", before),
                Map.of("status", InteractionStatus.CANCELLED));
        return interaction;
    }

    /**
     * The scheduled interactions of a stakeholder that start at or after {@code from}, earliest first: what a
     * succession may take them off.
     */
    public List<Interaction> scheduledWith(UUID stakeholderId, Instant from) {
        return interactions
                .find(
                        "select i from Interaction i join i.stakeholderIds s where s = ?1 and i.status = ?2"
                                + " and i.startsAt >= ?3 order by i.startsAt, i.id",
                        stakeholderId,
                        InteractionStatus.SCHEDULED,
                        from)
                .list();
    }

    /** The scheduled interactions a team member attends that start at or after {@code from}, earliest first. */
    public List<Interaction> scheduledAttendedBy(UUID teamMemberId, Instant from) {
        return interactions
                .find(
                        "select i from Interaction i join i.attendeeIds a where a = ?1 and i.status = ?2"
                                + " and i.startsAt >= ?3 order by i.startsAt, i.id",
                        teamMemberId,
                        InteractionStatus.SCHEDULED,
                        from)
                .list();
    }

    /**
     * Takes a stakeholder off a scheduled interaction, in the caller's transaction: the meeting goes on with its
     * other stakeholders, or is cancelled when they were its only one. Answers whether it was cancelled.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean withdraw(Interaction interaction, UUID stakeholderId) {
        rules.requireMayEdit(interaction);
        InteractionCommand before = InteractionCommand.of(interaction);
        boolean alone = interaction.getStakeholderIds().equals(Set.of(stakeholderId));
        if (alone) {
            interaction.setStatus(InteractionStatus.CANCELLED);
        } else {
            interaction.getStakeholderIds().remove(stakeholderId);
            // A plan belongs to one stakeholder: the interaction no longer counts for theirs.
            if (interaction.getPlanId() != null
                    && plans.findByIdOptional(interaction.getPlanId())
                            .map(p -> p.getStakeholder().getId().equals(stakeholderId))
                            .orElse(false)) {
                interaction.setPlanId(null);
            }
        }
        interaction.touch(clock.now());
        interactions.flush();
        audit.record(
                "interaction", interaction.getId(), AuditAction.UPDATE, before, InteractionCommand.of(interaction));
        return alone;
    }

    /**
     * Puts a colleague in a leaver's seat at a scheduled interaction, in the caller's transaction (the leaver simply
     * leaves when the colleague already attends).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reseat(Interaction interaction, UUID leaverId, UUID colleagueId) {
        InteractionCommand before = InteractionCommand.of(interaction);
        interaction.getAttendeeIds().remove(leaverId);
        interaction.getAttendeeIds().add(colleagueId);
        interaction.touch(clock.now());
        interactions.flush();
        audit.record(
                "interaction", interaction.getId(), AuditAction.UPDATE, before, InteractionCommand.of(interaction));
    }

    /** For the follow-up service: the interaction exists and the caller may change it. */
    public Interaction editable(UUID id) {
        Interaction interaction = stored(id);
        rules.requireMayEdit(interaction);
        return interaction;
    }

    /** Creates a follow-up within the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public FollowUp addFollowUp(Interaction interaction, NewFollowUp body, String field) {
        requireMember(body.assigneeId(), field);
        FollowUp followUp = new FollowUp(interaction);
        followUp.setDescription(body.description().trim());
        followUp.setAssigneeId(body.assigneeId());
        followUp.setDueDate(body.dueDate());
        followUp.touch(clock.now());
        followUps.persist(followUp);
        followUps.flush();
        audit.record(
                "follow-up",
                followUp.getId(),
                AuditAction.CREATE,
                null,
                Map.of(
                        "interactionId", interaction.getId().toString(),
                        "description", followUp.getDescription(),
                        "assigneeId", followUp.getAssigneeId().toString(),
                        "dueDate", followUp.getDueDate().toString()));
        return followUp;
    }

    private void apply(Interaction interaction, InteractionCommand request, Set<UUID> alreadyLinked) {
        Instant starts = request.startsAt().toInstant();
        Instant ends = request.endsAt() == null ? null : request.endsAt().toInstant();
        if (ends != null && ends.isBefore(starts)) {
            throw ApiProblem.invalid("endsAt", "must not be before startsAt");
        }
        if (request.status() == InteractionStatus.COMPLETED && starts.isAfter(clock.now())) {
            throw ApiProblem.invalid("startsAt", "a COMPLETED interaction cannot start in the future");
        }
        // Checked when the interaction is created and whenever its start or status changes, so a meeting that is
        // simply not yet marked done can still be edited after its day.
        boolean startOrStatusChanges = interaction.getStartsAt() == null
                || !starts.equals(interaction.getStartsAt())
                || interaction.getStatus() != request.status();
        if (request.status() == InteractionStatus.SCHEDULED && startOrStatusChanges && !starts.isAfter(clock.now())) {
            throw ApiProblem.invalid(
                    "startsAt",
                    "a SCHEDULED interaction must start in the future; log one that has taken place as COMPLETED");
        }
        if (Boolean.TRUE.equals(request.briefingPackReady()) && !request.type().needsBriefingPack()) {
            throw ApiProblem.invalid("briefingPackReady", "only meetings and visits have a briefing pack");
        }
        List<UUID> stakeholderIds = List.copyOf(new LinkedHashSet<>(request.stakeholderIds()));
        List<UUID> attendeeIds =
                request.attendeeIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.attendeeIds()));
        Set<String> areas = request.policyAreas() == null ? Set.of() : new LinkedHashSet<>(request.policyAreas());
        References found = references(stakeholderIds, attendeeIds, areas);
        checkStakeholders(stakeholderIds, alreadyLinked, found.stakeholderStatus());
        for (int i = 0; i < attendeeIds.size(); i++) {
            if (!found.members().contains(attendeeIds.get(i))) {
                throw unknownMember(attendeeIds.get(i), "attendeeIds[" + i + "]");
            }
        }
        if (request.planId() != null) {
            EngagementPlan plan = plans.findByIdOptional(request.planId())
                    .orElseThrow(
                            () -> ApiProblem.unprocessable("planId", "plan " + request.planId() + " does not exist"));
            if (!stakeholderIds.contains(plan.getStakeholder().getId())) {
                throw ApiProblem.unprocessable("planId", "the plan is for a stakeholder not in stakeholderIds");
            }
        }
        Set<String> unknown = new TreeSet<>(areas);
        unknown.removeAll(found.areas());
        if (!unknown.isEmpty()) {
            throw ApiProblem.unprocessable("policyAreas", policyAreas.unknownCodesMessage(unknown));
        }
        interaction.setType(request.type());
        interaction.setStatus(request.status());
        interaction.setStartsAt(starts);
        interaction.setEndsAt(ends);
        interaction.setTitle(request.title());
        interaction.setLocation(blankToNull(request.location()));
        interaction.setOnlineMeetingUrl(blankToNull(request.onlineMeetingUrl()));
        interaction.setPlanId(request.planId());
        interaction.setSummary(request.summary());
        interaction.setOutcome(request.outcome());
        interaction.setDecisions(request.decisions());
        interaction.setClassification(
                request.classification() == null ? Classification.OFFICIAL : request.classification());
        interaction.setBriefingPackReady(request.type().needsBriefingPack() ? request.briefingPackReady() : null);
        ElementCollections.replace(interaction.getStakeholderIds(), stakeholderIds);
        ElementCollections.replace(interaction.getAttendeeIds(), attendeeIds);
        ElementCollections.replace(interaction.getPolicyAreas(), areas);
        interaction.touch(clock.now());
    }

    /** What an interaction links to, as stored: its stakeholders' statuses, the attendees and areas that exist. */
    private record References(Map<UUID, String> stakeholderStatus, Set<UUID> members, Set<String> areas) {}

    /** One reference found: a stakeholder (s) with its status, a team member (m), or a policy area's code (a). */
    record Reference(String kind, UUID id, String value) {}

    /**
     * All of an interaction's references in one statement, so that a meeting with many attendees does not ask about
     * them one by one.
     */
    private References references(List<UUID> stakeholderIds, List<UUID> attendeeIds, Set<String> areas) {
        List<Reference> found = sql.list(
                Reference.class,
                """
                select 's' as kind, s.id, s.status as value from stakeholder s where s.id = any(:stakeholders)
                union all
                select 'm', m.id, null from team_member m where m.id = any(:members)
                union all
                select 'a', null, p.code from policy_area p where p.code = any(:areas)
                """,
                Map.of(
                        "stakeholders", Ids.array(stakeholderIds),
                        "members", Ids.array(attendeeIds),
                        "areas", areas.toArray(String[]::new)));
        Map<UUID, String> stakeholderStatus = new HashMap<>();
        Set<UUID> members = new HashSet<>();
        Set<String> knownAreas = new HashSet<>();
        for (Reference reference : found) {
            switch (reference.kind()) {
                case "s" -> stakeholderStatus.put(reference.id(), reference.value());
                case "m" -> members.add(reference.id());
                default -> knownAreas.add(reference.value());
            }
        }
        return new References(stakeholderStatus, members, knownAreas);
    }

    /** Unknown stakeholders are 422; archived ones cannot be newly linked (those already linked stay). */
    private void checkStakeholders(List<UUID> ids, Set<UUID> alreadyLinked, Map<UUID, String> status) {
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            if (!status.containsKey(id)) {
                throw ApiProblem.unprocessable("stakeholderIds[" + i + "]", "stakeholder " + id + " does not exist");
            }
            if ("ARCHIVED".equals(status.get(id)) && !alreadyLinked.contains(id)) {
                throw ApiProblem.unprocessable(
                        "stakeholderIds[" + i + "]",
                        "stakeholder " + id + " is archived and cannot get new interactions");
            }
        }
    }

    private void requireMember(UUID id, String field) {
        long found = sql.one(Long.class, "select count(*) from team_member where id = :id", Map.of("id", id));
        if (found == 0) {
            throw unknownMember(id, field);
        }
    }

    private static ApiProblem unknownMember(UUID id, String field) {
        return ApiProblem.unprocessable(field, "team member " + id + " does not exist");
    }

    private Interaction stored(UUID id) {
        return interactions.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Interaction", id));
    }
}
