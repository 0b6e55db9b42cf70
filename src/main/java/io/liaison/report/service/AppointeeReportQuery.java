package io.liaison.report.service;

import io.liaison.alert.service.AlertQuery;
import io.liaison.common.persistence.Ids;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.time.AppClock;
import io.liaison.election.service.PreElectionPeriodService;
import io.liaison.team.OfficeUnit;
import io.liaison.team.TeamRole;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appointee tracking in one SQL statement: each chosen team member's relationships, attended interactions, follow-ups
 * and overdue alerts, every figure aggregated in the database per member and joined once.
 */
@ApplicationScoped
public class AppointeeReportQuery {

    /** Who is tracked when the caller names neither members nor roles. */
    public static final List<TeamRole> DEFAULT_ROLES =
            List.of(TeamRole.DEPUTY_MAYOR, TeamRole.MAYORAL_APPOINTEE, TeamRole.MAYORAL_ADVISER);

    private static final String REPORT = """
            with tm as (
                select t.id, t.full_name, t.role, t.unit, t.active from team_member t %1$s
            ),
            owned as (
                select o.team_member_id as id, count(*) filter (where o.role = 'LEAD') as lead,
                       count(*) filter (where o.role = 'SUPPORT') as support
                from ownership o join tm on tm.id = o.team_member_id
                join stakeholder s on s.id = o.stakeholder_id and s.status = 'ACTIVE'
                where o.end_date is null group by o.team_member_id
            ),
            attended as (
                select a.team_member_id as id,
                       count(*) filter (where i.starts_at >= :periodStart and i.starts_at < :periodEnd) as attended,
                       count(*) filter (where i.type = 'BRIEFING' and i.starts_at >= :periodStart
                                        and i.starts_at < :periodEnd) as briefings,
                       max(i.starts_at) as last_engaged
                from interaction_attendee a join tm on tm.id = a.team_member_id
                join interaction i on i.id = a.interaction_id and i.status = 'COMPLETED'
                group by a.team_member_id
            ),
            follow_ups as (
                select f.assignee_id as id, count(*) as open,
                       count(*) filter (where f.due_date < cast(:today as date)) as overdue
                from follow_up f join tm on tm.id = f.assignee_id where f.status = 'OPEN' group by f.assignee_id
            ),
            overdue as %2$s,
            alerts as (
                select o.id, count(*) as overdue
                from overdue a cross join unnest(a.owner_ids) as o(id) join tm on tm.id = o.id
                where a.visible group by o.id
            ),
            past_cadence as (
                select w.team_member_id as id, count(distinct w.stakeholder_id) as stakeholders
                from overdue a cross join unnest(a.stakeholder_ids) as u(stakeholder_id)
                join ownership w on w.stakeholder_id = u.stakeholder_id and w.end_date is null
                join tm on tm.id = w.team_member_id
                where a.kind = 'CONTACT_DUE' group by w.team_member_id
            )
            select tm.id as team_member_id, tm.full_name, tm.role, tm.unit, tm.active,
                   coalesce(owned.lead, 0) as lead_relationships, coalesce(owned.support, 0) as support_relationships,
                   coalesce(attended.attended, 0) as interactions_attended,
                   coalesce(attended.briefings, 0) as briefings_delivered,
                   coalesce(follow_ups.open, 0) as follow_ups_open,
                   coalesce(follow_ups.overdue, 0) as follow_ups_overdue, coalesce(alerts.overdue, 0) as alerts_overdue,
                   cast(attended.last_engaged at time zone 'Europe/London' as date) as last_engagement,
                   coalesce(past_cadence.stakeholders, 0) as stakeholders_past_contact_cadence
            from tm
            left join owned on owned.id = tm.id
            left join attended on attended.id = tm.id
            left join follow_ups on follow_ups.id = tm.id
            left join alerts on alerts.id = tm.id
            left join past_cadence on past_cadence.id = tm.id
            order by lower(tm.full_name), tm.id
            """;

    private final SqlRunner sql;
    private final AlertQuery alerts;
    private final PreElectionPeriodService preElectionPeriods;
    private final AppClock clock;

    AppointeeReportQuery(
            SqlRunner sql, AlertQuery alerts, PreElectionPeriodService preElectionPeriods, AppClock clock) {
        this.preElectionPeriods = preElectionPeriods;
        this.sql = sql;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** Named members, or else members with one of the roles (DEFAULT_ROLES when none); optionally one unit. */
    public record Filter(List<UUID> teamMemberIds, List<TeamRole> roles, OfficeUnit unit, boolean includeInactive) {}

    public AppointeeReport report(ReportPeriod period, Filter criteria) {
        SqlFilter filter = new SqlFilter();
        if (!criteria.teamMemberIds().isEmpty()) {
            filter.where("t.id = any(:ids)", "ids", Ids.array(criteria.teamMemberIds()));
        } else {
            List<TeamRole> roles = criteria.roles().isEmpty() ? DEFAULT_ROLES : criteria.roles();
            filter.where(
                    "t.role = any(:roles)",
                    "roles",
                    roles.stream().map(Enum::name).toArray(String[]::new));
        }
        if (criteria.unit() != null) {
            filter.where("t.unit = :unit", "unit", criteria.unit().name());
        }
        if (!criteria.includeInactive()) {
            filter.where("t.active");
        }
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.putAll(alerts.parameters());
        parameters.put("periodStart", period.start());
        parameters.put("periodEnd", period.end());
        List<AppointeeRow> rows =
                sql.list(AppointeeRow.class, REPORT.formatted(filter.clause(), alerts.overdueSql()), parameters);
        return new AppointeeReport(
                period.from(),
                period.to(),
                clock.today(),
                rows,
                preElectionPeriods.overlapping(period.from(), period.to()));
    }
}
