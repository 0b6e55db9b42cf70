package io.liaison.report.service;

import io.liaison.alert.service.AlertQuery;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.time.AppClock;
import io.liaison.election.service.PreElectionPeriodService;
import io.liaison.interaction.InteractionType;
import io.liaison.report.EngagementGrouping;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The engagement report in one SQL statement: the grouping places the scope's stakeholders, the period's
 * COMPLETED interactions and today's overdue alerts into groups (EngagementGrouping), and the database counts each
 * group's figures with distinct counts, so an interaction with several stakeholders of one group counts once there.
 */
@ApplicationScoped
public class EngagementReportQuery {

    private static final InteractionType[] TYPES = InteractionType.values();

    private static final String REPORT = """
            with scope as (
                select s.id, s.status from stakeholder s %1$s
            ),
            active as (
                select id from scope where status = 'ACTIVE'
            ),
            member as (%2$s),
            -- The period's COMPLETED interactions with each of their stakeholders in scope: one range of the links'
            -- own index, which carries the interaction's start, status and type.
            period_contact as (
                select c.interaction_id, c.type, c.stakeholder_id,
                       cast(c.starts_at at time zone 'Europe/London' as date) as day
                from interaction_stakeholder c
                where c.status = 'COMPLETED' and c.starts_at >= :periodStart and c.starts_at < :periodEnd %3$s
            ),
            counted as (%4$s),
            overdue as %5$s,
            overdue_link as (
                select a.id as alert_id, a.visible, a.due_date, a.policy_area, u.stakeholder_id
                from overdue a cross join unnest(a.stakeholder_ids) as u(stakeholder_id) %6$s
            ),
            alert_key as (%7$s),
            groups (key, label, listed) as (%8$s),
            -- Deduplicated first, so that every figure below is a plain count (no per-aggregate distinct sorts).
            counted_interaction as (
                select distinct key, interaction_id, type from counted
            ),
            i_agg as (
                select key, count(*) as interactions, %9$s from counted_interaction group by key
            ),
            p_agg as (%10$s),
            a_agg as (
                select key, count(*) filter (where visible) as overdue
                from (select distinct key, alert_id, visible from alert_key) k
                group by key
            ),
            keys as (
                select key from groups where listed union select key from p_agg union select key from a_agg
            )
            select k.key, coalesce(g.label, k.key) as label, coalesce(i.interactions, 0) as interactions, %11$s,
                   coalesce(p.engaged, 0) as engaged, coalesce(p.active, 0) as active,
                   coalesce(p.active_engaged, 0) as active_engaged,
                   round(cast(p.active_engaged as numeric) / nullif(p.active, 0), 4) as coverage,
                   coalesce(a.overdue, 0) as overdue
            from keys k
            left join groups g on g.key = k.key
            left join i_agg i on i.key = k.key
            left join p_agg p on p.key = k.key
            left join a_agg a on a.key = k.key
            where %13$s
            order by k.key = '', %12$s k.key
            """;

    /**
     * Each group's engaged, member and active-member counts, from the (group, stakeholder) pairs of members and of
     * those engaged, in one pass.
     */
    private static final String PAIRS = """
            select p.key, count(*) filter (where p.engaged) as engaged,
                   count(*) filter (where p.member and p.stakeholder_id in (select id from active)) as active,
                   count(*) filter (where p.member and p.engaged and p.stakeholder_id in (select id from active))
                       as active_engaged
            from (
                select key, stakeholder_id, bool_or(engaged) as engaged, bool_or(not engaged) as member
                from (select key, stakeholder_id, true as engaged from counted
                      union all select key, stakeholder_id, false from member) x
                group by key, stakeholder_id
            ) p
            group by p.key
            """;

    /**
     * The same where everyone in scope is a member of every listed group (placement.everyoneIsMember): only the
     * engaged pairs need counting.
     */
    private static final String ENGAGED_PAIRS = """
            select k.key, coalesce(e.engaged, 0) as engaged, (select count(*) from active) as active,
                   coalesce(e.active_engaged, 0) as active_engaged
            from (select key from groups where listed) k
            left join (
                select key, count(*) as engaged,
                       count(*) filter (where stakeholder_id in (select id from active)) as active_engaged
                from (select distinct key, stakeholder_id from counted) d
                group by key
            ) e on e.key = k.key
            """;

    private final SqlRunner sql;
    private final AlertQuery alerts;
    private final PreElectionPeriodService preElectionPeriods;
    private final AppClock clock;

    EngagementReportQuery(
            SqlRunner sql, AlertQuery alerts, PreElectionPeriodService preElectionPeriods, AppClock clock) {
        this.preElectionPeriods = preElectionPeriods;
        this.sql = sql;
        this.alerts = alerts;
        this.clock = clock;
    }

    /**
     * Which stakeholders the report covers: all, or those an owner owns now, or those who held a post in an
     * organisation on some day of the period (its holders before and after a change alike).
     */
    public record Scope(UUID ownerId, UUID organisationId, boolean londonAuthorities) {}

    public EngagementReport report(ReportPeriod period, EngagementGrouping grouping, Scope scope) {
        boolean authorityRowsOnly = scope.londonAuthorities() && grouping == EngagementGrouping.ORGANISATION;
        List<EngagementRow> rows =
                rows(period, grouping.placement(), grouping.groups(), grouping.ordersByKey(), scope, authorityRowsOnly);
        return new EngagementReport(
                period.from(),
                period.to(),
                grouping.parameter(),
                clock.today(),
                rows,
                preElectionPeriods.overlapping(period.from(), period.to()));
    }

    /** The report's figures over its whole scope, each counted once, as one row labelled Total. */
    public EngagementRow total(ReportPeriod period, Scope scope) {
        return rows(period, EngagementGrouping.TOTAL, EngagementGrouping.TOTAL_GROUPS, true, scope, false)
                .get(0);
    }

    private List<EngagementRow> rows(
            ReportPeriod period,
            EngagementGrouping.Placement placement,
            String groups,
            boolean ordersByKey,
            Scope scope,
            boolean authorityRowsOnly) {
        SqlFilter filter = new SqlFilter();
        if (scope.ownerId() != null) {
            filter.where(
                    "exists (select 1 from ownership w where w.stakeholder_id = s.id and w.end_date is null"
                            + " and w.team_member_id = :ownerId)",
                    "ownerId",
                    scope.ownerId());
        }
        if (scope.organisationId() != null) {
            filter.where(
                    "exists (select 1 from tenure t join post p on p.id = t.post_id where t.stakeholder_id = s.id"
                            + " and p.organisation_id = :organisationId and t.start_date <= cast(:to as date)"
                            + " and (t.end_date is null or t.end_date > cast(:from as date)))",
                    "organisationId",
                    scope.organisationId());
        }
        if (scope.londonAuthorities()) {
            filter.where("exists (select 1 from tenure t join post p on p.id = t.post_id"
                    + " join organisation o on o.id = p.organisation_id where t.stakeholder_id = s.id"
                    + " and o.kind in " + EngagementGrouping.LONDON_AUTHORITY_KINDS
                    + " and t.start_date <= cast(:to as date)"
                    + " and (t.end_date is null or t.end_date > cast(:from as date)))");
        }
        String byType = java.util.Arrays.stream(TYPES)
                .map(t -> "count(*) filter (where type = '" + t.name() + "') as n_" + t.name())
                .collect(Collectors.joining(", "));
        String selectTypes = java.util.Arrays.stream(TYPES)
                .map(t -> "coalesce(i.n_" + t.name() + ", 0) as n_" + t.name())
                .collect(Collectors.joining(", "));
        // With no filter every stakeholder is in scope, and the links need not be checked against it.
        boolean everyone = filter.clause().isBlank();
        String statement = REPORT.formatted(
                filter.clause(),
                placement.member(),
                everyone ? "" : "and c.stakeholder_id in (select id from scope)",
                placement.counted(),
                alerts.overdueSql(),
                everyone ? "" : "where u.stakeholder_id in (select id from scope)",
                placement.alertKey(),
                groups,
                byType,
                placement.everyoneIsMember() ? ENGAGED_PAIRS : PAIRS,
                selectTypes,
                ordersByKey ? "" : "coalesce(g.label, k.key),",
                authorityRowsOnly
                        ? "k.key = '' or k.key in (select id::text from organisation where kind in "
                                + EngagementGrouping.LONDON_AUTHORITY_KINDS + ")"
                        : "true");
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.putAll(alerts.parameters());
        parameters.put("periodStart", period.start());
        parameters.put("periodEnd", period.end());
        if (statement.contains(":from")) {
            parameters.put("from", period.from());
            parameters.put("to", period.to());
        }
        return sql.listPlannedPerCall(EngagementReportQuery::row, statement, parameters);
    }

    /** A group's row, by column name: one count column per interaction type (n_MEETING, …) besides the rest. */
    private static EngagementRow row(ResultSet r, StatementContext ctx) throws SQLException {
        Map<InteractionType, Long> byType = new EnumMap<>(InteractionType.class);
        for (InteractionType type : TYPES) {
            byType.put(type, r.getLong("n_" + type.name()));
        }
        String key = r.getString("key");
        return new EngagementRow(
                key.isEmpty() ? null : key,
                r.getString("label"),
                r.getLong("interactions"),
                byType,
                byType.get(InteractionType.BRIEFING),
                r.getLong("engaged"),
                r.getLong("active"),
                r.getLong("active_engaged"),
                r.getBigDecimal("coverage"),
                r.getLong("overdue"));
    }
}
