package io.liaison.briefingpack.service;

import io.liaison.common.error.ApiProblem;
import io.liaison.common.paging.PageParams;
import io.liaison.common.time.AppClock;
import io.liaison.coverage.service.CoverageCell;
import io.liaison.coverage.service.CoverageQuery;
import io.liaison.interaction.Interaction;
import io.liaison.interaction.InteractionStatus;
import io.liaison.interaction.service.FollowUpService;
import io.liaison.interaction.service.FollowUpView;
import io.liaison.interaction.service.InteractionQueries;
import io.liaison.interaction.service.InteractionView;
import io.liaison.organisation.service.OrganisationService;
import io.liaison.organisation.service.OrganisationView;
import io.liaison.ownership.service.OwnershipService;
import io.liaison.plan.EngagementPlan;
import io.liaison.plan.PlanStatus;
import io.liaison.plan.service.PlanService;
import io.liaison.plan.service.PlanView;
import io.liaison.stakeholder.service.StakeholderService;
import io.liaison.stakeholder.service.StakeholderView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Assembles the briefing pack of a scheduled meeting from the features that own each part, so each part is exactly
 * what its own endpoint would show the caller (the recent interactions are redacted by the same SensitiveContent
 * check as the interaction list). A meeting has a handful of stakeholders, so the per-stakeholder calls stay few.
 */
@ApplicationScoped
public class BriefingPackService {

    static final int RECENT_INTERACTIONS = 5;

    private final InteractionQueries interactions;
    private final FollowUpService followUps;
    private final StakeholderService stakeholders;
    private final PlanService plans;
    private final CoverageQuery coverage;
    private final OwnershipService ownership;
    private final OrganisationService organisations;
    private final AppClock clock;

    BriefingPackService(
            InteractionQueries interactions,
            FollowUpService followUps,
            StakeholderService stakeholders,
            PlanService plans,
            CoverageQuery coverage,
            OwnershipService ownership,
            OrganisationService organisations,
            AppClock clock) {
        this.ownership = ownership;
        this.organisations = organisations;
        this.interactions = interactions;
        this.followUps = followUps;
        this.stakeholders = stakeholders;
        this.plans = plans;
        this.coverage = coverage;
        this.clock = clock;
    }

    /** Read in one transaction, so the parts agree with each other. */
    @Transactional
    public BriefingPack forMeeting(UUID interactionId) {
        Interaction meeting = interactions.get(interactionId);
        if (meeting.getStatus() != InteractionStatus.SCHEDULED) {
            throw ApiProblem.conflict(
                    "status",
                    "briefing packs are for SCHEDULED interactions; this one is " + meeting.getStatus()
                            + " (its record and its stakeholders' timelines hold what happened)");
        }
        LocalDate meetingDay = meeting.getStartsAt().atZone(AppClock.LONDON).toLocalDate();
        Map<UUID, List<FollowUpView>> open = followUps.openByStakeholder(meeting.getStakeholderIds());
        var briefs = meeting.getStakeholderIds().stream()
                .map(stakeholders::get)
                .map(stakeholders::response)
                .sorted(Comparator.comparing(StakeholderView::lastName)
                        .thenComparing(StakeholderView::firstName)
                        .thenComparing(StakeholderView::id))
                .map(s -> brief(s, meeting, meetingDay, open));
        return new BriefingPack(interactions.response(meeting), meetingDay, clock.now(), briefs.toList());
    }

    private BriefingPack.StakeholderBrief brief(
            StakeholderView s, Interaction meeting, LocalDate meetingDay, Map<UUID, List<FollowUpView>> open) {
        List<InteractionView> recent = recent(s.id(), meeting.getId());
        return new BriefingPack.StakeholderBrief(
                s,
                ownership.currentOwners(s.id()),
                s.currentPosts().stream()
                        .map(p -> p.organisation().id())
                        .distinct()
                        .map(id -> OrganisationView.from(organisations.get(id)))
                        .toList(),
                recent.isEmpty() ? "No history with this person yet" : null,
                recent,
                next(s.id(), meeting),
                open.getOrDefault(s.id(), List.of()),
                dueBy(s.id(), meetingDay),
                plan(s.id(), meeting));
    }

    /** Their first SCHEDULED interaction that starts after this meeting. */
    private InteractionView next(UUID stakeholderId, Interaction meeting) {
        PageParams page = new PageParams();
        page.size = 1;
        page.sort = "startsAt";
        return withThem(
                        stakeholderId,
                        InteractionStatus.SCHEDULED,
                        meeting.getStartsAt().plusSeconds(1),
                        page)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private List<InteractionView> recent(UUID stakeholderId, UUID meetingId) {
        PageParams page = new PageParams();
        page.size = RECENT_INTERACTIONS;
        return withThem(stakeholderId, InteractionStatus.COMPLETED, null, page);
    }

    /** A page of the stakeholder's interactions in one status, from an instant on if one is given. */
    private List<InteractionView> withThem(
            UUID stakeholderId, InteractionStatus status, java.time.Instant from, PageParams page) {
        return interactions
                .list(
                        new InteractionQueries.Filter(
                                null, status, stakeholderId, null, null, null, null, null, from, null, null),
                        page)
                .items();
    }

    private List<CoverageCell> dueBy(UUID stakeholderId, LocalDate meetingDay) {
        PageParams page = new PageParams();
        page.size = PageParams.MAX_SIZE;
        page.sort = "nextDue";
        page.includeArchived = true;
        return coverage.list(
                        new CoverageQuery.Filter(stakeholderId, null, null, null, null, null, null, null, meetingDay),
                        page)
                .items();
    }

    /** The plan the meeting is for when it is this stakeholder's, else their ACTIVE plan. */
    private PlanView plan(UUID stakeholderId, Interaction meeting) {
        if (meeting.getPlanId() != null) {
            EngagementPlan own = plans.get(meeting.getPlanId());
            if (own.getStakeholder().getId().equals(stakeholderId)) {
                return plans.response(own);
            }
        }
        PageParams page = new PageParams();
        page.size = 1;
        return plans
                .list(new PlanService.Filter(null, PlanStatus.ACTIVE, stakeholderId, null, null), page)
                .items()
                .stream()
                .findFirst()
                .orElse(null);
    }
}
