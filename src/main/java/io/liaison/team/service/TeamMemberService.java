package io.liaison.team.service;

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
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.time.AppClock;
import io.liaison.team.OfficeUnit;
import io.liaison.team.TeamMember;
import io.liaison.team.TeamMemberRepository;
import io.liaison.team.TeamRole;
import io.quarkus.cache.CacheInvalidateAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class TeamMemberService {

    private static final List<String> CSV_HEADER =
            List.of("id", "fullName", "email", "jobTitle", "role", "unit", "active", "updatedAt");

    private static final String MEMBERS = "team_member m";

    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("fullName", "lower(m.full_name)");
        SORTS.put("email", "lower(m.email)");
        SORTS.put("role", "m.role");
        SORTS.put("unit", "m.unit");
        SORTS.put("createdAt", "m.created_at");
        SORTS.put("updatedAt", "m.updated_at");
    }

    private final TeamMemberRepository members;
    private final SqlRunner sql;
    private final ListQueries lists;
    private final AppClock clock;

    private final AuditLog audit;

    TeamMemberService(TeamMemberRepository members, SqlRunner sql, ListQueries lists, AppClock clock, AuditLog audit) {
        this.sql = sql;
        this.audit = audit;
        this.members = members;
        this.lists = lists;
        this.clock = clock;
    }

    public record Filter(TeamRole role, OfficeUnit unit, String q) {}

    public PageResponse<TeamMemberView> list(Filter criteria, PageParams params) {
        return lists.page(
                new ListQueries.Listing<>(
                        TeamMember.class,
                        MEMBERS,
                        rows -> rows.stream().map(TeamMemberView::from).toList()),
                filter(criteria, params),
                orderBy(params),
                params);
    }

    /** Every matching member as CSV rows, a chunk at a time; a bad sort fails here, before the response starts. */
    public CsvRows<TeamMember> csvRows(Filter criteria, PageParams params) {
        SqlFilter filter = filter(criteria, params);
        String orderBy = orderBy(params);
        return new CsvRows<>(
                CSV_HEADER,
                () -> lists.batches(
                        new ListQueries.Listing<>(TeamMember.class, MEMBERS, rows -> rows),
                        filter,
                        orderBy,
                        CsvExport.CHUNK),
                TeamMemberService::csvRow);
    }

    private static List<?> csvRow(TeamMember m) {
        return List.of(
                m.getId(),
                m.getFullName(),
                m.getEmail(),
                nullToEmpty(m.getJobTitle()),
                m.getRole(),
                m.getUnit() == null ? "" : m.getUnit(),
                m.isActive(),
                m.getUpdatedAt());
    }

    private static Object nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static SqlFilter filter(Filter criteria, PageParams params) {
        SqlFilter filter = new SqlFilter().standard(params, "m.active", "m.updated_at");
        if (criteria.role() != null) {
            filter.where("m.role = :role", "role", criteria.role().name());
        }
        if (criteria.unit() != null) {
            filter.where("m.unit = :unit", "unit", criteria.unit().name());
        }
        if (criteria.q() != null && !criteria.q().isBlank()) {
            filter.where(
                    "(lower(m.full_name) like :q or lower(m.email) like :q" + " or lower(m.job_title) like :q)",
                    "q",
                    SqlFilter.containsPattern(criteria.q()));
        }
        return filter;
    }

    private static String orderBy(PageParams params) {
        return SortOrder.toSql(params, SORTS, "fullName", "m.id", "m.updated_at");
    }

    public TeamMember get(UUID id) {
        return members.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Team member", id));
    }

    @Transactional
    @CacheInvalidateAll(cacheName = TeamMemberIdentityLink.CACHE)
    public TeamMember create(TeamMemberDetails request) {
        TeamMember member = new TeamMember();
        apply(member, request);
        members.persist(member);
        members.flush();
        audit.record("team-member", member.getId(), AuditAction.CREATE, null, TeamMemberView.from(member));
        return member;
    }

    @Transactional
    @CacheInvalidateAll(cacheName = TeamMemberIdentityLink.CACHE)
    public TeamMember update(UUID id, ExpectedVersion expected, TeamMemberDetails request, boolean deactivateAnyway) {
        TeamMember member = get(id);
        expected.requireCurrent(member.getVersion());
        if (member.isActive() && Boolean.FALSE.equals(request.active()) && !deactivateAnyway) {
            requireNothingLeftBehind(member);
        }
        TeamMemberDetails before = TeamMemberDetails.of(member);
        apply(member, request);
        members.flush();
        audit.record("team-member", id, AuditAction.UPDATE, before, TeamMemberDetails.of(member));
        return member;
    }

    /**
     * What a member still owns, attends or must do, which a deactivation would leave without anyone: the relationships
     * they own, the meetings ahead they attend, their open follow-ups.
     */
    public List<LeftBehind> leftBehind(UUID id) {
        return sql.list(LeftBehind.class, """
                select 'relationship' as kind, concat_ws(' ', s.honorific, s.first_name, s.last_name) as what
                from ownership o join stakeholder s on s.id = o.stakeholder_id
                where o.team_member_id = :id and o.end_date is null
                union all
                select 'meeting', coalesce(i.title, initcap(i.type)) || ' on '
                       || to_char(i.starts_at at time zone 'Europe/London', 'YYYY-MM-DD HH24:MI')
                from interaction_attendee a join interaction i on i.id = a.interaction_id
                where a.team_member_id = :id and i.status = 'SCHEDULED' and i.starts_at > :now
                union all
                select 'follow-up', f.description from follow_up f where f.assignee_id = :id and f.status = 'OPEN'
                """, Map.of("id", id, "now", clock.now()));
    }

    /** 409 listing what a leaver still has (see {@link #leftBehind}), so that nothing is left dangling unseen. */
    private void requireNothingLeftBehind(TeamMember member) {
        List<LeftBehind> left = leftBehind(member.getId());
        if (left.isEmpty()) {
            return;
        }
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        left.forEach(l -> byKind.computeIfAbsent(l.kind(), k -> new java.util.ArrayList<>())
                .add(l.what()));
        String what = byKind.entrySet().stream()
                .map(e -> e.getValue().size() + " " + e.getKey() + (e.getValue().size() == 1 ? "" : "s") + " ("
                        + String.join("; ", e.getValue()) + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        throw ApiProblem.conflict(
                "active",
                "still has " + what + ": hand them over first (POST /api/v1/team-members/" + member.getId()
                        + "/handover), or deactivate anyway with deactivateAnyway=true");
    }

    /** Removes a member nobody refers to; one who owns or attended anything is deactivated instead (409). */
    @Transactional
    @CacheInvalidateAll(cacheName = TeamMemberIdentityLink.CACHE)
    public void delete(UUID id, ExpectedVersion expected) {
        TeamMember member = get(id);
        expected.requireCurrent(member.getVersion());
        TeamMemberView before = TeamMemberView.from(member);
        members.delete(member);
        members.flush();
        audit.record("team-member", id, AuditAction.DELETE, before, null);
    }

    private void apply(TeamMember member, TeamMemberDetails request) {
        String email = request.email().trim();
        if (members.emailTaken(email, member.getId())) {
            throw ApiProblem.conflict("email", "a team member with email " + email + " already exists");
        }
        member.setFullName(request.fullName().trim());
        member.setEmail(email);
        member.setJobTitle(request.jobTitle());
        member.setRole(request.role());
        member.setUnit(request.unit());
        member.setActive(request.active() == null || request.active());
        member.touch(clock.now());
    }
}
