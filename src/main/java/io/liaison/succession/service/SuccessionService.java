package io.liaison.succession.service;

import io.liaison.common.error.ApiProblem;
import io.liaison.common.error.Violation;
import io.liaison.common.persistence.RecordStatus;
import io.liaison.common.time.AppClock;
import io.liaison.interaction.Interaction;
import io.liaison.interaction.service.InteractionCommands;
import io.liaison.interaction.service.InteractionView;
import io.liaison.ownership.Ownership;
import io.liaison.ownership.OwnershipRepository;
import io.liaison.ownership.service.OwnershipService;
import io.liaison.plan.EngagementPlan;
import io.liaison.plan.EngagementPlanRepository;
import io.liaison.plan.service.PlanService;
import io.liaison.post.Post;
import io.liaison.post.Tenure;
import io.liaison.post.TenureRepository;
import io.liaison.post.service.NewTenure;
import io.liaison.post.service.PostService;
import io.liaison.post.service.TenureService;
import io.liaison.stakeholder.OwnershipRole;
import io.liaison.stakeholder.Stakeholder;
import io.liaison.stakeholder.StakeholderRepository;
import io.liaison.stakeholder.service.StakeholderService;
import io.liaison.succession.service.SuccessionResult.ChangedMeeting;
import io.liaison.succession.service.SuccessionResult.LeftOpen;
import io.liaison.succession.service.SuccessionResult.LeftOpenKind;
import io.liaison.succession.service.SuccessionResult.MeetingChange;
import io.liaison.succession.service.SuccessionResult.MovedOwner;
import io.liaison.succession.service.SuccessionResult.MovedPlan;
import io.liaison.succession.service.SuccessionResult.Successor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A new holder for a post in one step: the current tenure ends on the changeover day, the successor's starts that
 * day, and the outgoing holder's owners, plan and meetings are moved or kept as asked, all in one transaction. A dry
 * run does all of it and rolls it back, so it answers exactly what the real one would.
 */
@ApplicationScoped
public class SuccessionService {

    private final PostService posts;
    private final TenureService tenureService;
    private final TenureRepository tenures;
    private final StakeholderRepository stakeholders;
    private final StakeholderService stakeholderService;
    private final OwnershipRepository ownerships;
    private final OwnershipService ownershipService;
    private final EngagementPlanRepository plans;
    private final PlanService planService;
    private final InteractionCommands interactions;
    private final AppClock clock;

    SuccessionService(
            PostService posts,
            TenureService tenureService,
            TenureRepository tenures,
            StakeholderRepository stakeholders,
            StakeholderService stakeholderService,
            OwnershipRepository ownerships,
            OwnershipService ownershipService,
            EngagementPlanRepository plans,
            PlanService planService,
            InteractionCommands interactions,
            AppClock clock) {
        this.posts = posts;
        this.tenureService = tenureService;
        this.tenures = tenures;
        this.stakeholders = stakeholders;
        this.stakeholderService = stakeholderService;
        this.ownerships = ownerships;
        this.ownershipService = ownershipService;
        this.plans = plans;
        this.planService = planService;
        this.interactions = interactions;
        this.clock = clock;
    }

    @Transactional
    public SuccessionResult succeed(UUID postId, Succession request, boolean dryRun) {
        requireOneSuccessor(request);
        Post post = posts.get(postId);
        if (post.getStatus() == RecordStatus.ARCHIVED) {
            throw ApiProblem.conflict(null, "The post is archived; unarchive it before giving it a holder");
        }
        LocalDate date = request.date();
        Optional<Tenure> current =
                tenures.currentForPosts(List.of(postId), date).stream().findFirst();
        current.ifPresent(t -> requireEndable(t, date, request.successorId()));

        boolean created = request.successorId() == null;
        Stakeholder successor = created ? stakeholderService.create(request.newHolder()) : existing(request);
        Tenure ended = current.map(t -> tenureService.endOn(t, date)).orElse(null);
        Tenure appointed = tenureService.appoint(postId, new NewTenure(successor.getId(), date, null));

        List<MovedOwner> ownersMoved = new ArrayList<>();
        MovedPlan planMoved = null;
        List<ChangedMeeting> meetingsChanged = new ArrayList<>();
        List<LeftOpen> leftOpen = new ArrayList<>();
        if (ended != null) {
            Stakeholder outgoing = ended.getStakeholder();
            List<Tenure> stillHeld = tenures.forStakeholders(List.of(outgoing.getId())).stream()
                    .filter(t -> !t.getId().equals(ended.getId())
                            && (t.getEndDate() == null || t.getEndDate().isAfter(date)))
                    .toList();
            if (!stillHeld.isEmpty()) {
                // Someone who stays in another post keeps their owners, plan and meetings: they are still engaged.
                stillHeld.forEach(t -> leftOpen.add(new LeftOpen(
                        LeftOpenKind.OTHER_POST,
                        t.getPost().getId(),
                        outgoing.getDisplayName() + " still holds "
                                + t.getPost().getTitle() + ", so their owners, plan and meetings stay with them")));
            } else {
                if (Boolean.TRUE.equals(request.moveOwners())) {
                    moveOwners(outgoing, successor, date, request.note(), ownersMoved, leftOpen);
                }
                if (Boolean.TRUE.equals(request.movePlan())) {
                    planMoved = movePlan(outgoing, successor, date, leftOpen);
                }
                if (request.outgoingMeetings() == Succession.OutgoingMeetings.WITHDRAW) {
                    withdrawMeetings(outgoing, date, meetingsChanged);
                }
                listWhatStays(outgoing, date, ownersMoved, planMoved, leftOpen);
            }
        }

        SuccessionResult result = new SuccessionResult(
                dryRun,
                postId,
                date,
                ended == null ? null : tenureService.response(ended),
                tenureService.response(appointed),
                new Successor(successor.getId(), successor.getDisplayName(), created),
                ownersMoved,
                planMoved,
                meetingsChanged,
                leftOpen);
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        return result;
    }

    /** Each outgoing assignment moves unless the successor already has that member, or already has a LEAD. */
    private void moveOwners(
            Stakeholder outgoing,
            Stakeholder successor,
            LocalDate date,
            String note,
            List<MovedOwner> moved,
            List<LeftOpen> leftOpen) {
        List<Ownership> theirs = ownerships.activeFor(successor.getId());
        Optional<Ownership> successorLead =
                theirs.stream().filter(o -> o.getRole() == OwnershipRole.LEAD).findFirst();
        for (Ownership o : ownerships.activeFor(outgoing.getId())) {
            UUID member = o.getTeamMember().getId();
            String who = o.getTeamMember().getFullName() + " (" + o.getRole() + ")";
            if (!o.getTeamMember().isActive()) {
                leftOpen.add(new LeftOpen(
                        LeftOpenKind.OWNER, o.getId(), who + " is inactive: not moved; end the assignment instead"));
            } else if (theirs.stream().anyMatch(t -> t.getTeamMember().getId().equals(member))) {
                leftOpen.add(new LeftOpen(
                        LeftOpenKind.OWNER, o.getId(), who + " already owns the successor's relationship: not moved"));
            } else if (o.getRole() == OwnershipRole.LEAD && successorLead.isPresent()) {
                leftOpen.add(new LeftOpen(
                        LeftOpenKind.OWNER,
                        o.getId(),
                        who + " not moved: the successor's LEAD owner, "
                                + successorLead.get().getTeamMember().getFullName() + ", is kept"));
            } else {
                Ownership started = ownershipService.transfer(o, successor, date, note);
                moved.add(new MovedOwner(member, o.getRole(), o.getId(), started.getId()));
            }
        }
    }

    private MovedPlan movePlan(Stakeholder outgoing, Stakeholder successor, LocalDate date, List<LeftOpen> leftOpen) {
        Optional<EngagementPlan> active = plans.activeFor(outgoing.getId());
        if (active.isEmpty()) {
            return null;
        }
        EngagementPlan plan = active.get();
        Optional<EngagementPlan> successorsPlan = plans.activeFor(successor.getId());
        if (successorsPlan.isPresent()) {
            leftOpen.add(new LeftOpen(
                    LeftOpenKind.PLAN,
                    plan.getId(),
                    "plan \"" + plan.getTitle() + "\" not moved: the successor's active plan \""
                            + successorsPlan.get().getTitle() + "\" is kept"));
            return null;
        }
        if (!plan.getOwner().isActive()) {
            leftOpen.add(new LeftOpen(
                    LeftOpenKind.PLAN,
                    plan.getId(),
                    "plan \"" + plan.getTitle() + "\" not moved: its owner, "
                            + plan.getOwner().getFullName() + ", is inactive"));
            return null;
        }
        EngagementPlan copy = planService.carryOver(plan, successor, date);
        return new MovedPlan(plan.getId(), copy.getId());
    }

    /** Meetings after the changeover day: on the day itself the outgoing holder still counts for the post. */
    private void withdrawMeetings(Stakeholder outgoing, LocalDate date, List<ChangedMeeting> changed) {
        for (Interaction meeting : interactions.scheduledWith(outgoing.getId(), afterTheDay(date))) {
            boolean cancelled = interactions.withdraw(meeting, outgoing.getId());
            changed.add(new ChangedMeeting(
                    meeting.getId(),
                    meeting.getTitle(),
                    InteractionView.london(meeting.getStartsAt()),
                    cancelled ? MeetingChange.CANCELLED : MeetingChange.WITHDRAWN));
        }
    }

    /** What still ties the outgoing holder to the office once the moves are done. */
    private void listWhatStays(
            Stakeholder outgoing,
            LocalDate date,
            List<MovedOwner> ownersMoved,
            MovedPlan planMoved,
            List<LeftOpen> leftOpen) {
        for (Ownership o : ownerships.activeFor(outgoing.getId())) {
            boolean listed = leftOpen.stream().anyMatch(l -> o.getId().equals(l.id()));
            if (!listed
                    && ownersMoved.stream().noneMatch(m -> m.endedAssignmentId().equals(o.getId()))) {
                leftOpen.add(new LeftOpen(
                        LeftOpenKind.OWNER,
                        o.getId(),
                        o.getTeamMember().getFullName() + " (" + o.getRole() + ") still owns "
                                + outgoing.getDisplayName() + "'s relationship"));
            }
        }
        plans.activeFor(outgoing.getId())
                .filter(p -> planMoved == null
                        && leftOpen.stream().noneMatch(l -> p.getId().equals(l.id())))
                .ifPresent(p -> leftOpen.add(new LeftOpen(
                        LeftOpenKind.PLAN,
                        p.getId(),
                        "plan \"" + p.getTitle() + "\" stays active for " + outgoing.getDisplayName())));
        for (Interaction meeting : interactions.scheduledWith(outgoing.getId(), afterTheDay(date))) {
            leftOpen.add(new LeftOpen(
                    LeftOpenKind.MEETING,
                    meeting.getId(),
                    (meeting.getTitle() == null ? meeting.getType().name() : meeting.getTitle()) + " on "
                            + InteractionView.london(meeting.getStartsAt()) + " still has "
                            + outgoing.getDisplayName()));
        }
    }

    /** From the day after the changeover, and never in the past: a meeting that has taken place is left as it is. */
    private java.time.Instant afterTheDay(LocalDate date) {
        java.time.Instant after = date.plusDays(1).atStartOfDay(AppClock.LONDON).toInstant();
        return after.isAfter(clock.now()) ? after : clock.now();
    }

    /** Exactly one of successorId and newHolder, named together with any other problem of the kind. */
    private static void requireOneSuccessor(Succession request) {
        if ((request.successorId() == null) == (request.newHolder() == null)) {
            String message = request.successorId() == null
                    ? "name the successor: an existing stakeholder's id, or a new holder"
                    : "give either successorId or newHolder, not both";
            throw ApiProblem.unprocessable(
                    message, List.of(new Violation("successorId", message), new Violation("newHolder", message)));
        }
    }

    private Stakeholder existing(Succession request) {
        Stakeholder successor = stakeholders
                .findByIdOptional(request.successorId())
                .orElseThrow(() -> ApiProblem.unprocessable(
                        "successorId", "stakeholder " + request.successorId() + " does not exist"));
        if (successor.getStatus() == RecordStatus.ARCHIVED) {
            throw ApiProblem.unprocessable("successorId", "stakeholder " + successor.getId() + " is archived");
        }
        return successor;
    }

    /** The current tenure must have begun before the changeover day, and belong to someone else. */
    private static void requireEndable(Tenure current, LocalDate date, UUID successorId) {
        String named = current.getStakeholder().getDisplayName() + " (tenure " + current.getId() + ", from "
                + current.getStartDate() + ")";
        if (current.getStakeholder().getId().equals(successorId)) {
            throw ApiProblem.conflict("successorId", named + " already holds the post on " + date);
        }
        if (!current.getStartDate().isBefore(date)) {
            throw ApiProblem.conflict(
                    "date",
                    "the post's holder on " + date + " is " + named
                            + ", whose tenure starts that day: correct or delete that tenure instead");
        }
    }
}
