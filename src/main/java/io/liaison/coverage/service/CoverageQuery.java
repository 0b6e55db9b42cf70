package io.liaison.coverage.service;

import io.liaison.alert.AlertSettings;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.SortOrder;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.persistence.SqlQuery;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.time.AppClock;
import io.liaison.coverage.CoverageStatus;
import io.liaison.stakeholder.OwnershipRole;
import io.liaison.stakeholder.PostCategory;
import io.liaison.stakeholder.service.StakeholderService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.mapper.Nested;

/**
 * The briefing coverage matrix in one set-based query: for each stakeholder chosen by the filters, a cell per policy
 * area that their ACTIVE plan asks for (with its cadence and next due date, the same rule as BRIEFING_DUE), a cell per
 * area among their policy interests that no plan covers (due at the office's default cadence, counted from their last
 * briefing on it or from the day they were added; it raises no alert), and a NOT_PLANNED cell per other area they were
 * briefed on. The cells are stored (coverage_cell), kept in step with the plans, the interests and the last-briefing
 * summary when each write commits; what depends on today or on a setting (whether the plan has ended, the default
 * cadence, the due status) is worked out here.
 *
 * <p>Each stakeholder's place in name order is worked out once, over the stakeholders, and the cells carry it; names
 * are read for the page's rows alone, rather than for every cell the page is chosen from.
 */
@ApplicationScoped
public class CoverageQuery {

    private static final String CELLS = """
            with who as (
                select s.id, dense_rank() over (order by s.last_name, s.first_name) as name_rank,
                       cast(s.created_at at time zone 'Europe/London' as date) as since
                from stakeholder s %s
            ),
            stored as (
                select c.*, w.name_rank, w.since,
                       c.plan_id is not null and (c.plan_end is null or c.plan_end >= :today) as planned
                from who w join coverage_cell c on c.stakeholder_id = w.id
            ),
            cells as (
                select c.stakeholder_id, c.name_rank, c.policy_area_code as policy_area,
                       case when c.planned then 'PLAN' when c.interest then 'INTEREST' else 'BRIEFED' end as basis,
                       case when c.planned then c.plan_id end as plan_id,
                       case when c.planned then c.owner_id end as owner_id,
                       case when c.planned then c.briefing_cadence_days
                            when c.interest then cast(:interestCadenceDays as integer) end as briefing_cadence_days,
                       c.last_day,
                       case when c.planned then greatest(c.last_day, c.plan_start) + c.briefing_cadence_days
                            when c.interest then coalesce(c.last_day, c.since) + cast(:interestCadenceDays as integer)
                       end as next_due
                from stored c
                where c.planned or c.interest or c.last_day is not null
            ),
            graded as (
                select c.*,
                       case when c.basis = 'BRIEFED' then 'NOT_PLANNED'
                            when c.next_due < :today then 'OVERDUE'
                            when c.next_due = :today then 'DUE_TODAY'
                            when c.next_due <= cast(:today as date) + cast(:horizonDays as integer) then 'UPCOMING'
                            else 'ON_TRACK' end as status
                from cells c
            )
            """;

    /** The page of cells, counted with it, then the names of those on the page. */
    private static final String PAGE = """
            , page as (
                select g.*, count(*) over () as total
                from graded g %s
                order by %s
                limit :limit offset :offset
            )
            select g.stakeholder_id, concat_ws(' ', s.honorific, s.first_name, s.last_name) as stakeholder_name,
                   g.policy_area, pa.name as policy_area_name, g.plan_id, g.owner_id, g.briefing_cadence_days,
                   g.last_day as last_briefed, cast(:today as date) - g.last_day as days_since_briefed, g.next_due,
                   g.status, g.basis, g.total
            from page g
            join stakeholder s on s.id = g.stakeholder_id
            join policy_area pa on pa.code = g.policy_area
            order by %s
            """;

    /** The CSV's columns, named as its header reads (dates come out as ISO, which the JDBC driver insists on). */
    private static final String CSV = """
            select g.stakeholder_id as "stakeholderId",
                   concat_ws(' ', s.honorific, s.first_name, s.last_name) as "stakeholderName",
                   g.policy_area as "policyArea", pa.name as "policyAreaName", g.status, g.last_day as "lastBriefed",
                   cast(:today as date) - g.last_day as "daysSinceBriefed",
                   g.briefing_cadence_days as "briefingCadenceDays", g.next_due as "nextDue", g.plan_id as "planId",
                   g.owner_id as "ownerId", g.basis
            from graded g
            join stakeholder s on s.id = g.stakeholder_id
            join policy_area pa on pa.code = g.policy_area %s
            order by %s
            """;

    /** Sort fields of the matrix; ties always end with the stakeholder and the policy area, so paging is stable. */
    private static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("stakeholder", "g.name_rank");
        SORTS.put("policyArea", "g.policy_area");
        SORTS.put("lastBriefed", "g.last_day");
        SORTS.put("nextDue", "g.next_due");
        SORTS.put(
                "status",
                "case g.status when 'OVERDUE' then 0 when 'DUE_TODAY' then 1 when 'UPCOMING' then 2"
                        + " when 'ON_TRACK' then 3 else 4 end");
    }

    private static final String DEFAULT_SORT = "stakeholder,policyArea";

    private final SqlRunner sql;
    private final AlertSettings settings;
    private final AppClock clock;

    CoverageQuery(SqlRunner sql, AlertSettings settings, AppClock clock) {
        this.sql = sql;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param ownerId stakeholders this team member owns today (LEAD or SUPPORT, or only ownerRole)
     * @param notBriefedForDays cells never briefed, or last briefed at least this many days ago
     * @param dueBy planned cells whose next briefing is due on or before this day (overdue ones included)
     */
    public record Filter(
            UUID stakeholderId,
            UUID ownerId,
            OwnershipRole ownerRole,
            UUID organisationId,
            PostCategory category,
            String policyArea,
            Integer notBriefedForDays,
            CoverageStatus status,
            LocalDate dueBy) {}

    /** A cell of a page counted with it. */
    record CountedCell(@Nested CoverageCell cell, long total) {}

    public PageResponse<CoverageCell> list(Filter criteria, PageParams params) {
        List<CountedCell> rows = run(criteria, params, params.size, params.offset());
        long total = rows.isEmpty()
                ? (params.page == 0 ? 0 : total(criteria, params))
                : rows.get(0).total();
        return PageResponse.of(rows.stream().map(CountedCell::cell).toList(), params, total);
    }

    /**
     * Every matching cell, in the list's order, as the query for CsvExport.copy: an office's cells, at full size, are
     * more than the service's heap should hold as a list.
     */
    public SqlQuery csv(Filter criteria, PageParams params) {
        return build(criteria, params, false);
    }

    private long total(Filter criteria, PageParams params) {
        List<CountedCell> first = run(criteria, params, 1, 0);
        return first.isEmpty() ? 0 : first.get(0).total();
    }

    private List<CountedCell> run(Filter c, PageParams params, int limit, int offset) {
        return sql.list(CountedCell.class, build(c, params, true).with(Map.of("limit", limit, "offset", offset)));
    }

    /** @param page a page counted with its total (PAGE), or every matching cell (CSV) */
    private SqlQuery build(Filter c, PageParams params, boolean page) {
        if (params.updatedSince != null) {
            throw ApiProblem.invalid("updatedSince", "coverage is computed for today and has no update time");
        }
        SqlFilter who = new SqlFilter();
        if (!params.includeArchived) {
            who.where("s.status = 'ACTIVE'");
        }
        if (c.stakeholderId() != null) {
            who.where("s.id = :stakeholderId", "stakeholderId", c.stakeholderId());
        }
        if (c.ownerId() != null) {
            who.where(
                    "exists (select 1 from ownership o where o.stakeholder_id = s.id and o.end_date is null"
                            + " and o.team_member_id = :ownerId"
                            + (c.ownerRole() == null ? "" : " and o.role = :ownerRole") + ")",
                    "ownerId",
                    c.ownerId());
            if (c.ownerRole() != null) {
                who.param("ownerRole", c.ownerRole().name());
            }
        }
        if (c.organisationId() != null) {
            who.where(
                    "exists (" + StakeholderService.CURRENT_POST + " and p.organisation_id = :organisationId)",
                    "organisationId",
                    c.organisationId());
        }
        if (c.category() != null) {
            who.where(
                    "exists (" + StakeholderService.CURRENT_POST + " and p.category = :category)",
                    "category",
                    c.category().name());
        }
        SqlFilter cells = new SqlFilter();
        if (c.policyArea() != null && !c.policyArea().isBlank()) {
            cells.where("g.policy_area = :policyArea", "policyArea", c.policyArea());
        }
        if (c.notBriefedForDays() != null) {
            cells.where(
                    "(g.last_day is null or g.last_day <= cast(:today as date) - :notBriefedForDays)",
                    "notBriefedForDays",
                    c.notBriefedForDays());
        }
        if (c.status() != null) {
            cells.where("g.status = :status", "status", c.status().name());
        }
        if (c.dueBy() != null) {
            cells.where("g.next_due <= :dueBy", "dueBy", c.dueBy());
        }
        String orderBy = SortOrder.toSql(params, SORTS, DEFAULT_SORT, "g.stakeholder_id, g.policy_area", null);
        String sql = CELLS.formatted(who.clause())
                + (page ? PAGE.formatted(cells.clause(), orderBy, orderBy) : CSV.formatted(cells.clause(), orderBy));
        Map<String, Object> parameters = new HashMap<>(who.parameters());
        parameters.putAll(cells.parameters());
        parameters.put("today", clock.today());
        parameters.put("horizonDays", settings.horizonDays());
        parameters.put("interestCadenceDays", settings.interestBriefingCadenceDays());
        return new SqlQuery(sql, parameters);
    }
}
