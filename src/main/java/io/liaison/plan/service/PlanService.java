package io.liaison.plan.service;

import io.liaison.audit.AuditAction;
import io.liaison.audit.AuditLog;
import io.liaison.common.csv.CsvExport;
import io.liaison.common.csv.CsvRows;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.http.ExpectedVersion;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.SortOrder;
import io.liaison.common.persistence.ListQueries;
import io.liaison.common.persistence.RecordStatus;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.time.AppClock;
import io.liaison.plan.EngagementPlan;
import io.liaison.plan.EngagementPlanRepository;
import io.liaison.plan.PlanStatus;
import io.liaison.policyarea.PolicyAreaRepository;
import io.liaison.stakeholder.Stakeholder;
import io.liaison.stakeholder.StakeholderRepository;
import io.liaison.team.TeamMember;
import io.liaison.team.TeamMemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PlanService {

    private static final List<String> CSV_HEADER = List.of(
            "id",
            "stakeholderId",
            "stakeholder",
            "ownerId",
            "owner",
            "title",
            "status",
            "policyAreas",
            "contactCadenceDays",
            "briefingCadenceDays",
            "startDate",
            "endDate",
            "milestonesOpen",
            "updatedAt");

    private static final ListQueries.Listing<EngagementPlan, PlanView> PLANS = new ListQueries.Listing<>(
            EngagementPlan.class,
            "engagement_plan p",
            rows -> rows.stream().map(PlanView::from).toList());

    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("startDate", "p.start_date");
        SORTS.put("endDate", "p.end_date");
        SORTS.put("title", "lower(p.title)");
        SORTS.put("status", "p.status");
        SORTS.put("createdAt", "p.created_at");
        SORTS.put("updatedAt", "p.updated_at");
    }

    private final EngagementPlanRepository plans;
    private final StakeholderRepository stakeholders;
    private final TeamMemberRepository members;
    private final PolicyAreaRepository policyAreas;
    private final ListQueries lists;
    private final AuditLog audit;
    private final AppClock clock;

    PlanService(
            EngagementPlanRepository plans,
            StakeholderRepository stakeholders,
            TeamMemberRepository members,
            PolicyAreaRepository policyAreas,
            ListQueries lists,
            AuditLog audit,
            AppClock clock) {
        this.plans = plans;
        this.stakeholders = stakeholders;
        this.members = members;
        this.policyAreas = policyAreas;
        this.lists = lists;
        this.audit = audit;
        this.clock = clock;
    }

    /** organisationId goes through the stakeholder's posts held today. */
    public record Filter(UUID ownerId, PlanStatus status, UUID stakeholderId, String policyArea, UUID organisationId) {}

    public PageResponse<PlanView> list(Filter criteria, PageParams params) {
        return lists.page(PLANS, filter(criteria, params), orderBy(params), params);
    }

    /** Every matching plan as CSV rows; a bad sort fails here, before the response starts. */
    public CsvRows<PlanView> csvRows(Filter criteria, PageParams params) {
        SqlFilter filter = filter(criteria, params);
        String orderBy = orderBy(params);
        return new CsvRows<>(
                CSV_HEADER, () -> lists.batches(PLANS, filter, orderBy, CsvExport.CHUNK), PlanService::csvRow);
    }

    private static List<?> csvRow(PlanView p) {
        return java.util.Arrays.asList(
                p.id(),
                p.stakeholderId(),
                p.stakeholderName(),
                p.ownerId(),
                p.ownerName(),
                p.title(),
                p.status(),
                p.policyAreas(),
                p.contactCadenceDays(),
                p.briefingCadenceDays(),
                p.startDate(),
                p.endDate(),
                p.milestones().stream()
                        .filter(m -> !Boolean.TRUE.equals(m.done()))
                        .count(),
                p.updatedAt());
    }

    private SqlFilter filter(Filter criteria, PageParams params) {
        // Finished plans count as archived: hidden unless asked for or filtered by status.
        SqlFilter filter = new SqlFilter();
        if (criteria.status() != null) {
            filter.where("p.status = :status", "status", criteria.status().name());
            if (params.updatedSince != null) {
                filter.where("p.updated_at >= :updatedSince", "updatedSince", params.updatedSince);
            }
        } else {
            filter.standard(params, "p.status in ('DRAFT', 'ACTIVE')", "p.updated_at");
        }
        if (criteria.ownerId() != null) {
            filter.where("p.owner_id = :ownerId", "ownerId", criteria.ownerId());
        }
        if (criteria.stakeholderId() != null) {
            filter.where("p.stakeholder_id = :stakeholderId", "stakeholderId", criteria.stakeholderId());
        }
        if (criteria.policyArea() != null && !criteria.policyArea().isBlank()) {
            filter.where(
                    "exists (select 1 from engagement_plan_policy_area a where a.plan_id = p.id"
                            + " and a.policy_area_code = :policyArea)",
                    "policyArea",
                    criteria.policyArea());
        }
        if (criteria.organisationId() != null) {
            filter.where(
                    "exists (select 1 from tenure t join post o on o.id = t.post_id"
                            + " where t.stakeholder_id = p.stakeholder_id and o.organisation_id = :organisationId"
                            + " and t.start_date <= :today and (t.end_date is null or t.end_date > :today))",
                    "organisationId",
                    criteria.organisationId());
            filter.param("today", clock.today());
        }
        return filter;
    }

    private static String orderBy(PageParams params) {
        return SortOrder.toSql(params, SORTS, "-startDate", "p.id", "p.updated_at");
    }

    public EngagementPlan get(UUID id) {
        return plans.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Plan", id));
    }

    public PlanView response(EngagementPlan plan) {
        return PlanView.from(plan);
    }

    @Transactional
    public EngagementPlan create(PlanDetails request) {
        Stakeholder stakeholder = stakeholders
                .findByIdOptional(request.stakeholderId())
                .orElseThrow(() -> ApiProblem.unprocessable(
                        "stakeholderId", "stakeholder " + request.stakeholderId() + " does not exist"));
        if (stakeholder.getStatus() == RecordStatus.ARCHIVED) {
            throw ApiProblem.unprocessable("stakeholderId", "stakeholder " + stakeholder.getId() + " is archived");
        }
        EngagementPlan plan = new EngagementPlan(stakeholder);
        apply(plan, request);
        plans.persist(plan);
        plans.flush();
        audit.record("plan", plan.getId(), AuditAction.CREATE, null, PlanDetails.of(plan));
        return plan;
    }

    @Transactional
    public EngagementPlan update(UUID id, ExpectedVersion expected, PlanDetails request) {
        EngagementPlan plan = get(id);
        expected.requireCurrent(plan.getVersion());
        if (plan.getStatus().isFinished()) {
            throw ApiProblem.conflict("status", "a " + plan.getStatus() + " plan can no longer be changed");
        }
        if (!plan.getStakeholder().getId().equals(request.stakeholderId())) {
            throw ApiProblem.unprocessable("stakeholderId", "a plan stays with its stakeholder; create a new plan");
        }
        PlanDetails before = PlanDetails.of(plan);
        apply(plan, request);
        plans.flush();
        audit.record("plan", id, AuditAction.UPDATE, before, PlanDetails.of(plan));
        return plan;
    }

    @Transactional
    public PlanView transition(UUID id, ExpectedVersion expected, PlanStatus next) {
        EngagementPlan plan = get(id);
        expected.requireCurrent(plan.getVersion());
        PlanStatus current = plan.getStatus();
        if (current == next) {
            return PlanView.from(plan);
        }
        if (!current.canMoveTo(next)) {
            throw ApiProblem.conflict(
                    "status",
                    "a " + current + " plan cannot become " + next + " (allowed: " + allowedFrom(current) + ")");
        }
        if (next == PlanStatus.ACTIVE && !plan.getOwner().isActive()) {
            throw ApiProblem.conflict("ownerId", "the owner is inactive: give the plan an active owner first");
        }
        plan.setStatus(next);
        plan.touch(clock.now());
        plans.flush();
        audit.record("plan", id, AuditAction.UPDATE, Map.of("status", current), Map.of("status", next));
        return PlanView.from(plan);
    }

    /** For handovers: the plan changes owner, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveTo(EngagementPlan plan, TeamMember newOwner) {
        UUID before = plan.getOwner().getId();
        plan.setOwner(newOwner);
        plan.touch(clock.now());
        audit.record(
                "plan",
                plan.getId(),
                AuditAction.UPDATE,
                Map.of("ownerId", before),
                Map.of("ownerId", newOwner.getId()));
    }

    /**
     * For a succession: the stakeholder's active plan is completed as of {@code date} and a copy of it (owner, aims,
     * areas, cadences, the milestones not yet done) starts for the successor that day, active, in the caller's
     * transaction. The old plan stays with its stakeholder, as plans do.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EngagementPlan carryOver(EngagementPlan plan, Stakeholder successor, LocalDate date) {
        PlanDetails old = PlanDetails.of(plan);
        LocalDate end = old.endDate() != null && old.endDate().isAfter(date) ? old.endDate() : null;
        EngagementPlan copy = create(new PlanDetails(
                successor.getId(),
                old.ownerId(),
                old.title(),
                old.objectives(),
                old.policyAreas(),
                old.contactCadenceDays(),
                old.briefingCadenceDays(),
                date,
                end,
                old.milestones().stream()
                        .filter(m -> !Boolean.TRUE.equals(m.done()))
                        .toList()));
        plan.setStatus(PlanStatus.COMPLETED);
        if (date.isAfter(plan.getStartDate())
                && (plan.getEndDate() == null || plan.getEndDate().isAfter(date))) {
            plan.setEndDate(date);
        }
        plan.touch(clock.now());
        plans.flush();
        audit.record(
                "plan",
                plan.getId(),
                AuditAction.UPDATE,
                Map.of("status", PlanStatus.ACTIVE),
                Map.of("status", PlanStatus.COMPLETED, "carriedOverTo", copy.getId()));
        copy.setStatus(PlanStatus.ACTIVE);
        copy.touch(clock.now());
        plans.flush();
        audit.record(
                "plan",
                copy.getId(),
                AuditAction.UPDATE,
                Map.of("status", PlanStatus.DRAFT),
                Map.of("status", PlanStatus.ACTIVE));
        return copy;
    }

    private static String allowedFrom(PlanStatus current) {
        List<String> allowed = java.util.Arrays.stream(PlanStatus.values())
                .filter(current::canMoveTo)
                .map(Enum::name)
                .toList();
        return allowed.isEmpty() ? "none, it is final" : String.join(", ", allowed);
    }

    private void apply(EngagementPlan plan, PlanDetails request) {
        TeamMember owner = members.findByIdOptional(request.ownerId())
                .orElseThrow(() ->
                        ApiProblem.unprocessable("ownerId", "team member " + request.ownerId() + " does not exist"));
        if (!owner.isActive()) {
            throw ApiProblem.unprocessable("ownerId", "team member " + owner.getId() + " is inactive");
        }
        Set<String> areas = request.policyAreas() == null ? Set.of() : new LinkedHashSet<>(request.policyAreas());
        policyAreas.requireKnown("policyAreas", areas);
        LocalDate start = request.startDate();
        if (request.endDate() != null && !request.endDate().isAfter(start)) {
            throw ApiProblem.invalid("endDate", "must be after startDate");
        }
        plan.setOwner(owner);
        plan.setTitle(request.title().trim());
        plan.setObjectives(request.objectives());
        plan.setPolicyAreas(areas);
        plan.setContactCadenceDays(request.contactCadenceDays());
        plan.setBriefingCadenceDays(request.briefingCadenceDays());
        plan.setStartDate(start);
        plan.setEndDate(request.endDate());
        plan.setMilestones(request.milestoneEntities());
        plan.touch(clock.now());
    }
}
