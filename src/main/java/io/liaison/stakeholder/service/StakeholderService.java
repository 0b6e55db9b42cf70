package io.liaison.stakeholder.service;

import static io.liaison.common.text.Text.blankToNull;

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
import io.liaison.policyarea.PolicyAreaRepository;
import io.liaison.stakeholder.PostCategory;
import io.liaison.stakeholder.Priority;
import io.liaison.stakeholder.Stakeholder;
import io.liaison.stakeholder.StakeholderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class StakeholderService {

    private static final List<String> CSV_HEADER = List.of(
            "id",
            "honorific",
            "firstName",
            "lastName",
            "party",
            "priority",
            "influence",
            "interest",
            "termEndDate",
            "status",
            "currentPosts",
            "organisations",
            "policyInterests",
            "email",
            "phone",
            "privateOfficeContact",
            "updatedAt",
            "lastContactOn",
            "lastMeetingOn",
            "lastBriefingOn");

    /** The entity type under which stakeholder changes are audited. */
    public static final String AUDIT_TYPE = "stakeholder";

    static final Map<String, String> SORTS = new LinkedHashMap<>();

    /**
     * A stakeholder's updatedAt: their record's, or the moment a logged interaction last moved their last contact,
     * meeting or briefing, whichever is later (so a sync by updatedSince sees the new days; the record's version does
     * not move for them).
     */
    static final String UPDATED_AT = "greatest(s.updated_at, (select x.changed_at from stakeholder_summary_change x"
            + " where x.stakeholder_id = s.id))";

    /** The stakeholder's last briefing on any area: the latest of their per-area days. */
    static final String LAST_BRIEFING_DAY =
            "(select max(b.last_day) from stakeholder_last_briefing b where b.stakeholder_id = s.id)";

    private static final String LAST_CONTACT = "coalesce((select c.last_day from stakeholder_last_contact c"
            + " where c.stakeholder_id = s.id), date '-infinity')";
    private static final String LAST_MEETING = "coalesce((select c.last_meeting_day from stakeholder_last_contact c"
            + " where c.stakeholder_id = s.id), date '-infinity')";

    static {
        SORTS.put("lastName", "lower(s.last_name), lower(s.first_name)");
        SORTS.put("firstName", "lower(s.first_name)");
        SORTS.put("priority", "s.priority_rank");
        SORTS.put("influence", "s.influence");
        SORTS.put("interest", "s.interest");
        SORTS.put("termEndDate", "s.term_end_date");
        SORTS.put("party", "lower(s.party)");
        SORTS.put("createdAt", "s.created_at");
        SORTS.put("updatedAt", UPDATED_AT);
        // Never is the longest ago: ascending puts the stakeholders never contacted (met, briefed) first.
        SORTS.put("lastContactOn", LAST_CONTACT);
        SORTS.put("lastMeetingOn", LAST_MEETING);
        SORTS.put("lastBriefingOn", "coalesce(" + LAST_BRIEFING_DAY + ", date '-infinity')");
    }

    /**
     * A tenure of stakeholder s current on :today, joined to its post p: the one definition behind every "by
     * category / by organisation" filter on stakeholders (the stakeholder list and the coverage matrix).
     */
    public static final String CURRENT_POST = "select 1 from tenure t join post p on p.id = t.post_id"
            + " where t.stakeholder_id = s.id and t.start_date <= :today and (t.end_date is null or t.end_date > :today)";

    private final StakeholderRepository stakeholders;
    private final PolicyAreaRepository policyAreas;
    private final ListQueries lists;
    private final AppClock clock;

    private final AuditLog audit;
    private final EntityManager em;
    private final StakeholderViews views;

    StakeholderService(
            StakeholderRepository stakeholders,
            PolicyAreaRepository policyAreas,
            ListQueries lists,
            AppClock clock,
            AuditLog audit,
            EntityManager em,
            StakeholderViews views) {
        this.audit = audit;
        this.views = views;
        this.em = em;
        this.stakeholders = stakeholders;
        this.policyAreas = policyAreas;
        this.lists = lists;
        this.clock = clock;
    }

    /** List filters; category and organisationId go through the posts held today. */
    public record Filter(
            String q,
            PostCategory category,
            UUID organisationId,
            String party,
            Priority priority,
            String policyArea,
            RecordStatus status,
            UUID ownerId,
            String ownerRole,
            Boolean noLeadOwner,
            Integer influence,
            Integer interest,
            LocalDate notContactedSince,
            LocalDate notMetSince) {}

    /** One cell of the influence/interest grid: how many stakeholders rated so (null: not rated on that axis). */
    public record GridCount(Integer influence, Integer interest, long count) {}

    /** The influence/interest grid of the stakeholders the filter matches: one grouped count, in SQL. */
    public List<GridCount> grid(Filter criteria, PageParams params) {
        return views.grid(filter(criteria, params, clock.today()));
    }

    public PageResponse<StakeholderView> list(Filter criteria, PageParams params) {
        LocalDate today = clock.today();
        return lists.pageOfIds(
                "stakeholder s",
                "s",
                filter(criteria, params, today),
                orderBy(params),
                params,
                throughSubqueries(criteria) ? ListQueries.Counting.WITH_THE_PAGE : ListQueries.Counting.SEPARATELY,
                ids -> views.page(ids, today));
    }

    /** Whether the filter goes through posts, interests, owners or text: costly enough to evaluate only once. */
    private static boolean throughSubqueries(Filter criteria) {
        return (criteria.q() != null && !criteria.q().isBlank())
                || criteria.category() != null
                || criteria.organisationId() != null
                || (criteria.policyArea() != null && !criteria.policyArea().isBlank())
                || criteria.ownerId() != null
                || criteria.noLeadOwner() != null
                || criteria.notContactedSince() != null
                || criteria.notMetSince() != null;
    }

    /** Every matching stakeholder as CSV rows; a bad sort fails here, before the response starts. */
    public CsvRows<StakeholderView> csvRows(Filter criteria, PageParams params) {
        LocalDate today = clock.today();
        SqlFilter filter = filter(criteria, params, today);
        String orderBy = orderBy(params);
        return new CsvRows<>(
                CSV_HEADER,
                () -> lists.batches(
                        Stakeholder.class,
                        "stakeholder s",
                        "s",
                        filter,
                        orderBy,
                        CsvExport.CHUNK,
                        rows -> views.page(rows.stream().map(Stakeholder::getId).toList(), today)),
                StakeholderService::csvRow);
    }

    private static List<?> csvRow(StakeholderView s) {
        return java.util.Arrays.asList(
                s.id(),
                s.honorific(),
                s.firstName(),
                s.lastName(),
                s.party(),
                s.priority(),
                s.influence(),
                s.interest(),
                s.termEndDate(),
                s.status(),
                s.currentPosts().stream().map(PostHeld::title).toList(),
                s.currentPosts().stream()
                        .map(p -> p.organisation().name())
                        .distinct()
                        .toList(),
                s.policyInterests(),
                s.email(),
                s.phone(),
                s.privateOfficeContact(),
                s.updatedAt(),
                s.lastContactOn(),
                s.lastMeetingOn(),
                s.lastBriefingOn());
    }

    private static SqlFilter filter(Filter criteria, PageParams params, LocalDate today) {
        SqlFilter filter = new SqlFilter();
        if (criteria.status() != null) {
            filter.where("s.status = :status", "status", criteria.status().name());
            if (params.updatedSince != null) {
                filter.where(UPDATED_AT + " >= :updatedSince", "updatedSince", params.updatedSince);
            }
        } else {
            filter.standard(params, "s.status = 'ACTIVE'", UPDATED_AT);
        }
        boolean needsToday = false;
        if (criteria.q() != null && !criteria.q().isBlank()) {
            filter.where(
                    "(lower(s.first_name || ' ' || s.last_name) like :q"
                            + " or lower(s.last_name) like :q"
                            + " or exists (" + CURRENT_POST + " and lower(p.title) like :q))",
                    "q",
                    SqlFilter.containsPattern(criteria.q()));
            needsToday = true;
        }
        if (criteria.category() != null) {
            filter.where(
                    "exists (" + CURRENT_POST + " and p.category = :category)",
                    "category",
                    criteria.category().name());
            needsToday = true;
        }
        if (criteria.organisationId() != null) {
            filter.where(
                    "exists (" + CURRENT_POST + " and p.organisation_id = :organisationId)",
                    "organisationId",
                    criteria.organisationId());
            needsToday = true;
        }
        if (criteria.party() != null && !criteria.party().isBlank()) {
            filter.where(
                    "lower(s.party) = lower(:party)", "party", criteria.party().trim());
        }
        if (criteria.priority() != null) {
            filter.where(
                    "s.priority = :priority", "priority", criteria.priority().name());
        }
        if (criteria.policyArea() != null && !criteria.policyArea().isBlank()) {
            filter.where(
                    "exists (select 1 from stakeholder_policy_interest i where i.stakeholder_id = s.id"
                            + " and i.policy_area_code = :policyArea)",
                    "policyArea",
                    criteria.policyArea());
        }
        if (criteria.ownerId() != null) {
            filter.where(
                    "exists (select 1 from ownership w where w.stakeholder_id = s.id and w.end_date is null"
                            + " and w.team_member_id = :ownerId"
                            + (criteria.ownerRole() != null ? " and w.role = :ownerRole" : "") + ")",
                    "ownerId",
                    criteria.ownerId());
            if (criteria.ownerRole() != null) {
                filter.param("ownerRole", criteria.ownerRole());
            }
        }
        if (criteria.noLeadOwner() != null) {
            filter.where((criteria.noLeadOwner() ? "not " : "")
                    + "exists (select 1 from ownership w where w.stakeholder_id = s.id and w.end_date is null"
                    + " and w.role = 'LEAD')");
        }
        if (criteria.influence() != null) {
            filter.where("s.influence = :influence", "influence", criteria.influence());
        }
        if (criteria.notContactedSince() != null) {
            filter.where(LAST_CONTACT + " < :notContactedSince", "notContactedSince", criteria.notContactedSince());
        }
        if (criteria.notMetSince() != null) {
            filter.where(LAST_MEETING + " < :notMetSince", "notMetSince", criteria.notMetSince());
        }
        if (criteria.interest() != null) {
            filter.where("s.interest = :interest", "interest", criteria.interest());
        }
        if (needsToday) {
            filter.param("today", today);
        }
        return filter;
    }

    private static String orderBy(PageParams params) {
        return SortOrder.toSql(params, SORTS, "lastName", "s.id", UPDATED_AT);
    }

    public Stakeholder get(UUID id) {
        return stakeholders.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Stakeholder", id));
    }

    /** The full record, current and past posts, read in one statement (the entity path costs three). */
    public StakeholderView view(UUID id) {
        return views.one(id, clock.today()).orElseThrow(() -> ApiProblem.notFound("Stakeholder", id));
    }

    /** The full record, current and past posts, as GET reads it: for a stakeholder this transaction holds. */
    public StakeholderView response(Stakeholder stakeholder) {
        stakeholders.flush();
        return view(stakeholder.getId());
    }

    @Transactional
    public Stakeholder create(StakeholderDetails details) {
        Stakeholder stakeholder = new Stakeholder();
        apply(stakeholder, details);
        stakeholders.persist(stakeholder);
        stakeholders.flush();
        audit.record(AUDIT_TYPE, stakeholder.getId(), AuditAction.CREATE, null, response(stakeholder));
        return stakeholder;
    }

    @Transactional
    public Stakeholder update(UUID id, ExpectedVersion expected, StakeholderDetails details) {
        Stakeholder stakeholder = get(id);
        expected.requireCurrent(stakeholder.getVersion());
        StakeholderDetails before = StakeholderDetails.of(stakeholder);
        apply(stakeholder, details);
        stakeholders.flush();
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, before, StakeholderDetails.of(stakeholder));
        return stakeholder;
    }

    /** For election results: the party the stakeholder stood for, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changeParty(Stakeholder stakeholder, String party) {
        StakeholderDetails before = StakeholderDetails.of(stakeholder);
        stakeholder.setParty(party.trim());
        stakeholder.touch(clock.now());
        stakeholders.flush();
        audit.record(AUDIT_TYPE, stakeholder.getId(), AuditAction.UPDATE, before, StakeholderDetails.of(stakeholder));
    }

    /** Archive or unarchive; repeating it changes nothing. */
    @Transactional
    public StakeholderView setStatus(UUID id, RecordStatus status) {
        Stakeholder stakeholder = get(id);
        if (stakeholder.getStatus() != status) {
            RecordStatus before = stakeholder.getStatus();
            stakeholder.setStatus(status);
            stakeholder.touch(clock.now());
            stakeholders.flush();
            audit.record(
                    AUDIT_TYPE,
                    id,
                    status == RecordStatus.ARCHIVED ? AuditAction.ARCHIVE : AuditAction.UNARCHIVE,
                    Map.of("status", before),
                    Map.of("status", status));
        }
        return response(stakeholder);
    }

    private void apply(Stakeholder s, StakeholderDetails request) {
        Set<String> interests =
                request.policyInterests() == null ? Set.of() : new LinkedHashSet<>(request.policyInterests());
        policyAreas.requireKnown("policyInterests", interests);
        s.setHonorific(blankToNull(request.honorific()));
        s.setFirstName(request.firstName().trim());
        s.setLastName(request.lastName().trim());
        s.setParty(blankToNull(request.party()));
        s.setEmail(blankToNull(request.email()));
        s.setPhone(blankToNull(request.phone()));
        s.setPrivateOfficeContact(blankToNull(request.privateOfficeContact()));
        if (!s.getPolicyInterests().equals(interests)) {
            s.setPolicyInterests(interests);
        }
        s.setPriority(request.priority() == null ? Priority.MEDIUM : request.priority());
        s.setInfluence(request.influence());
        s.setInterest(request.interest());
        s.setTermEndDate(request.termEndDate());
        s.setNotes(request.notes());
        s.touch(clock.now());
    }
}
