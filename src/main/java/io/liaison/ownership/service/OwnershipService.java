package io.liaison.ownership.service;

import io.liaison.audit.AuditAction;
import io.liaison.audit.AuditLog;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.error.Violation;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.persistence.RecordStatus;
import io.liaison.common.time.AppClock;
import io.liaison.interaction.FollowUp;
import io.liaison.interaction.Interaction;
import io.liaison.interaction.service.FollowUpService;
import io.liaison.interaction.service.InteractionCommands;
import io.liaison.interaction.service.InteractionView;
import io.liaison.ownership.Ownership;
import io.liaison.ownership.OwnershipRepository;
import io.liaison.ownership.service.BulkHandoverResult.LeftBehind;
import io.liaison.ownership.service.BulkHandoverResult.LeftBehindKind;
import io.liaison.ownership.service.BulkHandoverResult.MovedAssignment;
import io.liaison.ownership.service.BulkHandoverResult.MovedFollowUp;
import io.liaison.ownership.service.BulkHandoverResult.MovedPlan;
import io.liaison.ownership.service.BulkHandoverResult.ReseatedMeeting;
import io.liaison.ownership.service.OwnershipCommands.AssignmentEnd;
import io.liaison.ownership.service.OwnershipCommands.BulkHandover;
import io.liaison.ownership.service.OwnershipCommands.Handover;
import io.liaison.ownership.service.OwnershipCommands.Move;
import io.liaison.ownership.service.OwnershipCommands.NewAssignment;
import io.liaison.plan.EngagementPlan;
import io.liaison.plan.EngagementPlanRepository;
import io.liaison.plan.service.PlanService;
import io.liaison.stakeholder.OwnershipRole;
import io.liaison.stakeholder.Stakeholder;
import io.liaison.stakeholder.StakeholderRepository;
import io.liaison.stakeholder.service.StakeholderView;
import io.liaison.team.TeamMember;
import io.liaison.team.TeamMemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who owns which relationship. The database holds the final word on "one active LEAD" (a partial unique index);
 * handovers end the old assignment and start the new one in one transaction, so there is never a moment with two
 * leads or, by accident, none.
 */
@ApplicationScoped
public class OwnershipService {

    private final OwnershipRepository ownerships;
    private final StakeholderRepository stakeholders;
    private final TeamMemberRepository members;
    private final EngagementPlanRepository plans;
    private final PlanService planService;
    private final FollowUpService followUps;
    private final InteractionCommands interactions;
    private final AuditLog audit;
    private final AppClock clock;

    OwnershipService(
            OwnershipRepository ownerships,
            StakeholderRepository stakeholders,
            TeamMemberRepository members,
            EngagementPlanRepository plans,
            PlanService planService,
            FollowUpService followUps,
            InteractionCommands interactions,
            AuditLog audit,
            AppClock clock) {
        this.followUps = followUps;
        this.interactions = interactions;
        this.ownerships = ownerships;
        this.stakeholders = stakeholders;
        this.members = members;
        this.plans = plans;
        this.planService = planService;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of a member's portfolio, each stakeholder with the member's role and the day it began. */
    public PageResponse<PortfolioItem> portfolio(UUID teamMemberId, PageResponse<StakeholderView> stakeholders) {
        Map<UUID, Ownership> held = new HashMap<>();
        for (Ownership o : ownerships.activeOfMember(
                teamMemberId,
                stakeholders.items().stream().map(StakeholderView::id).toList())) {
            // LEAD before SUPPORT, should both ever be held at once
            held.merge(o.getStakeholder().getId(), o, (a, b) -> a.getRole() == OwnershipRole.LEAD ? a : b);
        }
        return stakeholders.map(s -> {
            Ownership o = held.get(s.id());
            return new PortfolioItem(o == null ? null : o.getRole(), o == null ? null : o.getStartDate(), s);
        });
    }

    public List<OwnershipView> currentOwners(UUID stakeholderId) {
        stakeholder(stakeholderId);
        return ownerships.activeFor(stakeholderId).stream()
                .map(OwnershipView::from)
                .toList();
    }

    public List<OwnershipView> history(UUID stakeholderId) {
        stakeholder(stakeholderId);
        return ownerships.historyFor(stakeholderId).stream()
                .map(OwnershipView::from)
                .toList();
    }

    @Transactional
    public Ownership assign(UUID stakeholderId, NewAssignment request) {
        Stakeholder stakeholder = stakeholder(stakeholderId);
        if (stakeholder.getStatus() == RecordStatus.ARCHIVED) {
            throw ApiProblem.conflict(null, "The stakeholder is archived; unarchive them before assigning owners");
        }
        TeamMember member = activeMember("teamMemberId", request.teamMemberId());
        if (ownerships.active(stakeholderId, member.getId()).isPresent()) {
            throw ApiProblem.conflict("teamMemberId", "this team member already owns this stakeholder relationship");
        }
        if (request.role() == OwnershipRole.LEAD
                && ownerships.activeLead(stakeholderId).isPresent()) {
            throw ApiProblem.conflict("role", "the stakeholder already has an active LEAD owner: hand over instead");
        }
        LocalDate start = request.startDate() == null ? clock.today() : request.startDate();
        return start(stakeholder, member, request.role(), start, request.note());
    }

    @Transactional
    public Ownership end(UUID stakeholderId, UUID assignmentId, AssignmentEnd request) {
        Ownership ownership = ownerships
                .findByIdOptional(assignmentId)
                .filter(o -> o.getStakeholder().getId().equals(stakeholderId))
                .orElseThrow(() -> ApiProblem.notFound("Assignment", assignmentId));
        if (!ownership.isActive()) {
            throw ApiProblem.conflict(null, "The assignment already ended on " + ownership.getEndDate());
        }
        LocalDate end = request == null || request.endDate() == null ? clock.today() : request.endDate();
        finish(ownership, end, request == null ? null : request.note());
        return ownership;
    }

    /** Moves the LEAD of one stakeholder: the old assignment ends (kept, with the note), the new one starts. */
    @Transactional
    public List<Ownership> handover(UUID stakeholderId, Handover request) {
        Stakeholder stakeholder = stakeholder(stakeholderId);
        TeamMember successor = activeMember("toTeamMemberId", request.toTeamMemberId());
        LocalDate date = request.date() == null ? clock.today() : request.date();
        Optional<Ownership> lead = ownerships.activeLead(stakeholderId);
        if (lead.isPresent() && lead.get().getTeamMember().getId().equals(successor.getId())) {
            throw ApiProblem.conflict("toTeamMemberId", "this team member is already the LEAD owner");
        }
        List<Ownership> changed = new ArrayList<>();
        lead.ifPresent(previous -> {
            requireNotBefore(date, previous);
            finish(previous, date, request.handoverNote());
            changed.add(previous);
        });
        ownerships.active(stakeholderId, successor.getId()).ifPresent(support -> {
            requireNotBefore(date, support);
            finish(support, date, request.handoverNote());
            changed.add(support);
        });
        ownerships.flush();
        changed.add(start(stakeholder, successor, OwnershipRole.LEAD, date, request.handoverNote()));
        if (Boolean.TRUE.equals(request.keepPreviousAsSupport()) && lead.isPresent()) {
            changed.add(start(stakeholder, lead.get().getTeamMember(), OwnershipRole.SUPPORT, date, null));
        }
        return changed;
    }

    /**
     * Moves every active assignment of a leaving member, to one successor or by stakeholder, and optionally their
     * open plans and follow-ups; all or nothing. The leaver's assignments are locked first, so two handovers cannot interleave.
     */
    @Transactional
    public BulkHandoverResult bulkHandover(UUID leaverId, BulkHandover request) {
        members.findByIdOptional(leaverId).orElseThrow(() -> ApiProblem.notFound("Team member", leaverId));
        LocalDate date = request.date() == null ? clock.today() : request.date();
        Map<UUID, UUID> targetByStakeholder = new HashMap<>();
        List<Move> mapping = request.mapping() == null ? List.of() : request.mapping();
        for (int i = 0; i < mapping.size(); i++) {
            if (targetByStakeholder.put(
                            mapping.get(i).stakeholderId(), mapping.get(i).toTeamMemberId())
                    != null) {
                throw ApiProblem.invalid("mapping[" + i + "].stakeholderId", "is named twice");
            }
        }
        if (request.successorId() == null && mapping.isEmpty()) {
            throw ApiProblem.invalid("successorId", "name a successor, a mapping, or both");
        }
        Map<UUID, TeamMember> successors = new HashMap<>();
        if (request.successorId() != null) {
            successors.put(request.successorId(), activeMember("successorId", request.successorId()));
        }
        for (int i = 0; i < mapping.size(); i++) {
            UUID target = mapping.get(i).toTeamMemberId();
            if (!successors.containsKey(target)) {
                successors.put(target, activeMember("mapping[" + i + "].toTeamMemberId", target));
            }
        }
        if (successors.containsKey(leaverId)) {
            throw ApiProblem.invalid("successorId", "cannot hand over to the leaver");
        }

        List<Ownership> leaving = ownerships.activeOfMemberForUpdate(leaverId);
        List<Violation> unmapped = new ArrayList<>();
        for (Ownership o : leaving) {
            if (!targetByStakeholder.containsKey(o.getStakeholder().getId()) && request.successorId() == null) {
                unmapped.add(new Violation(
                        "mapping",
                        "no successor for stakeholder " + o.getStakeholder().getId()));
            }
        }
        for (UUID named : targetByStakeholder.keySet()) {
            if (leaving.stream().noneMatch(o -> o.getStakeholder().getId().equals(named))) {
                unmapped.add(new Violation("mapping", "the leaver has no active assignment for stakeholder " + named));
            }
        }
        if (!unmapped.isEmpty()) {
            throw ApiProblem.unprocessable(unmapped.size() + " stakeholders cannot be handed over as asked", unmapped);
        }

        List<MovedAssignment> moved = new ArrayList<>();
        Map<UUID, TeamMember> newLeadByStakeholder = new HashMap<>();
        for (Ownership o : leaving) {
            Stakeholder stakeholder = o.getStakeholder();
            TeamMember successor =
                    successors.get(targetByStakeholder.getOrDefault(stakeholder.getId(), request.successorId()));
            requireNotBefore(date, o);
            finish(o, date, request.handoverNote());
            ownerships.flush();
            Optional<Ownership> existing = ownerships.active(stakeholder.getId(), successor.getId());
            UUID newAssignment = null;
            if (o.getRole() == OwnershipRole.LEAD) {
                existing.ifPresent(support -> finish(support, date, request.handoverNote()));
                ownerships.flush();
                newAssignment = start(stakeholder, successor, OwnershipRole.LEAD, date, request.handoverNote())
                        .getId();
                newLeadByStakeholder.put(stakeholder.getId(), successor);
            } else if (existing.isEmpty()) {
                newAssignment = start(stakeholder, successor, OwnershipRole.SUPPORT, date, request.handoverNote())
                        .getId();
            }
            moved.add(
                    new MovedAssignment(stakeholder.getId(), o.getRole(), o.getId(), newAssignment, successor.getId()));
        }

        List<MovedPlan> movedPlans = new ArrayList<>();
        if (Boolean.TRUE.equals(request.movePlans())) {
            for (EngagementPlan plan : plans.openPlansOf(leaverId)) {
                UUID stakeholderId = plan.getStakeholder().getId();
                TeamMember newOwner = newLeadByStakeholder.get(stakeholderId);
                if (newOwner == null) {
                    UUID target = targetByStakeholder.getOrDefault(stakeholderId, request.successorId());
                    if (target == null) {
                        throw ApiProblem.unprocessable(
                                "mapping",
                                "plan " + plan.getId() + " for stakeholder "
                                        + stakeholderId
                                        + " has no one to move to: add the stakeholder to the mapping or"
                                        + " name a successorId");
                    }
                    newOwner = successors.get(target);
                }
                planService.moveTo(plan, newOwner);
                movedPlans.add(new MovedPlan(plan.getId(), stakeholderId, newOwner.getId()));
            }
        }
        List<MovedFollowUp> movedFollowUps = new ArrayList<>();
        if (Boolean.TRUE.equals(request.moveFollowUps())) {
            for (FollowUp followUp : followUps.openOfAssigneeForUpdate(leaverId)) {
                UUID target = followUp.getInteraction().getStakeholderIds().stream()
                        .map(id -> newLeadByStakeholder.containsKey(id)
                                ? newLeadByStakeholder.get(id).getId()
                                : targetByStakeholder.get(id))
                        .filter(java.util.Objects::nonNull)
                        .findFirst()
                        .orElse(request.successorId());
                if (target == null) {
                    throw ApiProblem.unprocessable(
                            "mapping",
                            "follow-up " + followUp.getId() + " has no one to move"
                                    + " to: map one of its interaction's stakeholders or name a successorId");
                }
                followUps.reassign(followUp, target);
                movedFollowUps.add(new MovedFollowUp(
                        followUp.getId(), followUp.getInteraction().getId(), target));
            }
        }
        List<LeftBehind> leftBehind = new ArrayList<>();
        // The leaver attends until the handover day: meetings from then on (and never ones already past).
        java.time.Instant handedOver =
                date.atStartOfDay(io.liaison.common.time.AppClock.LONDON).toInstant();
        List<ReseatedMeeting> reseated =
                reseatMeetings(leaverId, handedOver.isAfter(clock.now()) ? handedOver : clock.now(), moved, leftBehind);
        if (!Boolean.TRUE.equals(request.movePlans())) {
            plans.openPlansOf(leaverId)
                    .forEach(p -> leftBehind.add(new LeftBehind(
                            LeftBehindKind.PLAN,
                            p.getId(),
                            p.getStatus() + " plan \"" + p.getTitle() + "\" for "
                                    + p.getStakeholder().getDisplayName() + " (movePlans was not asked)")));
        }
        if (!Boolean.TRUE.equals(request.moveFollowUps())) {
            followUps
                    .openOfAssigneeForUpdate(leaverId)
                    .forEach(f -> leftBehind.add(new LeftBehind(
                            LeftBehindKind.FOLLOW_UP,
                            f.getId(),
                            "\"" + f.getDescription() + "\", due " + f.getDueDate()
                                    + " (moveFollowUps was not asked)")));
        }
        ownerships.flush();
        return new BulkHandoverResult(leaverId, moved, movedPlans, movedFollowUps, reseated, leftBehind);
    }

    /**
     * The leaver's seat at each scheduled meeting ahead goes to the colleague who took the relationship with one of
     * its stakeholders (the first, in the meeting's order); a meeting with none of them is listed as left behind.
     */
    private List<ReseatedMeeting> reseatMeetings(
            UUID leaverId, java.time.Instant from, List<MovedAssignment> moved, List<LeftBehind> leftBehind) {
        Map<UUID, UUID> takerByStakeholder = new HashMap<>();
        moved.forEach(m -> takerByStakeholder.merge(m.stakeholderId(), m.toTeamMemberId(), (a, b) -> a));
        List<ReseatedMeeting> reseated = new ArrayList<>();
        for (Interaction meeting : interactions.scheduledAttendedBy(leaverId, from)) {
            Optional<UUID> taker = meeting.getStakeholderIds().stream()
                    .map(takerByStakeholder::get)
                    .filter(java.util.Objects::nonNull)
                    .findFirst();
            if (taker.isPresent()) {
                interactions.reseat(meeting, leaverId, taker.get());
                reseated.add(new ReseatedMeeting(
                        meeting.getId(),
                        meeting.getTitle(),
                        InteractionView.london(meeting.getStartsAt()),
                        taker.get()));
            } else {
                leftBehind.add(new LeftBehind(
                        LeftBehindKind.MEETING,
                        meeting.getId(),
                        (meeting.getTitle() == null ? meeting.getType().name() : meeting.getTitle()) + " on "
                                + InteractionView.london(meeting.getStartsAt())
                                + ": none of its stakeholders was in the leaver's portfolio, so no colleague took the"
                                + " seat"));
            }
        }
        return reseated;
    }

    /**
     * For a succession: the assignment ends on {@code date} and its member takes the same role for {@code successor}
     * from that day, in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Ownership transfer(Ownership assignment, Stakeholder successor, LocalDate date, String note) {
        finish(assignment, date, note);
        ownerships.flush();
        return start(successor, assignment.getTeamMember(), assignment.getRole(), date, note);
    }

    private Ownership start(
            Stakeholder stakeholder, TeamMember member, OwnershipRole role, LocalDate start, String note) {
        Ownership ownership = new Ownership(stakeholder, member, role, start, note);
        ownership.touch(clock.now());
        ownerships.persist(ownership);
        ownerships.flush();
        audit.record(
                "ownership",
                ownership.getId(),
                AuditAction.CREATE,
                null,
                Map.of(
                        "stakeholderId", stakeholder.getId().toString(),
                        "teamMemberId", member.getId().toString(),
                        "role", role.name(),
                        "startDate", start.toString()));
        return ownership;
    }

    private void finish(Ownership ownership, LocalDate end, String note) {
        requireNotBefore(end, ownership);
        ownership.end(end, note);
        ownership.touch(clock.now());
        Map<String, Object> after = new HashMap<>();
        after.put("endDate", end.toString());
        after.put("handoverNote", note);
        Map<String, Object> before = new HashMap<>();
        before.put("endDate", null);
        before.put("handoverNote", null);
        audit.record("ownership", ownership.getId(), AuditAction.UPDATE, before, after);
    }

    private static void requireNotBefore(LocalDate end, Ownership ownership) {
        if (end.isBefore(ownership.getStartDate())) {
            throw ApiProblem.invalid(
                    "date", "cannot end an assignment before it started (" + ownership.getStartDate() + ")");
        }
    }

    private Stakeholder stakeholder(UUID id) {
        return stakeholders.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Stakeholder", id));
    }

    private TeamMember activeMember(String field, UUID id) {
        TeamMember member = members.findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.unprocessable(field, "team member " + id + " does not exist"));
        if (!member.isActive()) {
            throw ApiProblem.unprocessable(field, "team member " + id + " is inactive");
        }
        return member;
    }
}
