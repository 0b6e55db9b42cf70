package io.liaison.alert.service;

import io.liaison.alert.AlertKind;
import io.liaison.alert.AlertSettings;
import io.liaison.alert.AlertSeverity;
import io.liaison.alert.rest.AlertResponse;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.persistence.SqlValues;
import io.liaison.common.time.AppClock;
import io.liaison.stakeholder.StakeholderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Computes the briefing-due alerts of DESIGN.md in one set-based query for "today" in Europe/London: every rule is
 * a branch of one UNION ALL, graded into severities, given its v5 id, joined to what people said about it
 * (acknowledged, snoozed), then filtered, ordered and paged. Nothing is stored but those acknowledgements; the last
 * contact and last briefing come from the summaries the interaction service keeps in step with the log
 * (InteractionSummaries), so a call does not re-aggregate the whole log.
 */
@ApplicationScoped
public class AlertQuery {

    /** The namespace of alert ids; fixed forever, or every acknowledgement would be orphaned. */
    static final UUID NAMESPACE = UUID.fromString("5f0c6a3e-2b7d-4e1a-9c58-0d7e3a1b2c4f");

    private static final String LONDON_DAY = "cast(%s at time zone 'Europe/London' as date)";

    /** Today's alerts as the CTEs live_plan, raw and graded; %1$s..%6$s take the pushed-down owner filters. */
    private static final String ALERTS = """
            with live_plan as (
                select p.* from engagement_plan p join stakeholder s on s.id = p.stakeholder_id
                where p.status = 'ACTIVE' and (p.end_date is null or p.end_date >= cast(:today as date))
                  and s.status = 'ACTIVE' %2$s
            ),
            raw as (
                select 'BRIEFING_DUE' as kind, p.stakeholder_id || '/' || a.policy_area_code as subject,
                       array[p.stakeholder_id] as stakeholder_ids, a.policy_area_code as policy_area, p.id as plan_id,
                       null::uuid as interaction_id, null::uuid as follow_up_id, null::uuid as post_id,
                       greatest(b.last_day, p.start_date) + p.briefing_cadence_days as due_date,
                       array[p.owner_id] as owner_ids, b.last_day as last_done
                from live_plan p
                join engagement_plan_policy_area a on a.plan_id = p.id
                left join stakeholder_last_briefing b on b.stakeholder_id = p.stakeholder_id and b.policy_area_code = a.policy_area_code
                union all
                select 'CONTACT_DUE', p.stakeholder_id::text, array[p.stakeholder_id], null, p.id, null, null, null,
                       greatest(c.last_day, p.start_date) + p.contact_cadence_days, array[p.owner_id], c.last_day
                from live_plan p left join stakeholder_last_contact c on c.stakeholder_id = p.stakeholder_id
                union all
                select 'MEETING_PREP_DUE', i.id::text,
                       array(select s.stakeholder_id from interaction_stakeholder s where s.interaction_id = i.id),
                       null, i.plan_id, i.id, null, null, %1$s - :prepLeadDays,
                       array(select a.team_member_id from interaction_attendee a where a.interaction_id = i.id), null
                from interaction i
                where i.status = 'SCHEDULED' and i.type in ('MEETING', 'VISIT') and i.starts_at > :now
                  and i.briefing_pack_ready is not true %3$s
                union all
                select 'FOLLOW_UP_DUE', f.id::text,
                       array(select s.stakeholder_id from interaction_stakeholder s where s.interaction_id = f.interaction_id),
                       null, null, f.interaction_id, f.id, null, f.due_date, array[f.assignee_id], null
                from follow_up f where f.status = 'OPEN' %4$s
                union all
                select 'TERM_ENDING', s.id::text, array[s.id], null, null, null, null, null, s.term_end_date,
                       array(select o.team_member_id from ownership o
                             where o.stakeholder_id = s.id and o.role = 'LEAD' and o.end_date is null), null
                from stakeholder s where s.status = 'ACTIVE' and s.term_end_date is not null %5$s
                union all
                select 'POST_UNCOVERED', p.id::text, array[t.stakeholder_id], null, null, null, null, p.id,
                       t.start_date, array[]::uuid[], null
                from post p
                join tenure t on t.post_id = p.id and t.start_date <= cast(:today as date) and (t.end_date is null or t.end_date > cast(:today as date))
                join stakeholder h on h.id = t.stakeholder_id and h.status = 'ACTIVE'
                where p.status = 'ACTIVE' %6$s
                  and (not exists (select 1 from ownership o where o.stakeholder_id = t.stakeholder_id
                                   and o.role = 'LEAD' and o.end_date is null)
                       or not exists (select 1 from live_plan lp where lp.stakeholder_id = t.stakeholder_id))
            ),
            graded as (
                select r.*,
                       uuid_generate_v5(cast(:namespace as uuid), r.kind || ':' || r.subject || ':' || r.due_date) as id,
                       case when r.due_date < cast(:today as date) then 3 when r.due_date = cast(:today as date) then 2 else 1 end as severity_rank
                from raw r
                where r.due_date <= cast(:today as date) + case when r.kind = 'TERM_ENDING' then :termEndingHorizonDays
                                                  else :horizonDays end
            )
            """;

    private static final String ALERT_LIST = """
            select g.id, g.kind, g.severity_rank, g.due_date, array_to_string(g.stakeholder_ids, ','), g.policy_area,
                   g.plan_id, g.interaction_id, g.follow_up_id, g.post_id, array_to_string(g.owner_ids, ','),
                   g.last_done, st.acknowledged_at, st.acknowledged_by, st.acknowledged_note,
                   st.acknowledged_severity, st.snoozed_until, count(*) over () as total
            from graded g left join alert_state st on st.alert_id = g.id
            """;

    /**
     * The owner filter, repeated inside each rule in a form an index can serve (the plan's owner, the meeting's
     * attendees, the follow-up's assignee, the LEAD owner), so one owner's alerts do not compute the whole office's
     * first. The outer filter on owner_ids stays the one definition; these only narrow what reaches it.
     */
    private static final String[] OWNER_FILTERS = {
        "and p.owner_id = :ownerId",
        "and i.id in (select a.interaction_id from interaction_attendee a where a.team_member_id = :ownerId)",
        "and f.assignee_id = :ownerId",
        "and exists (select 1 from ownership o where o.stakeholder_id = s.id and o.role = 'LEAD'"
                + " and o.end_date is null and o.team_member_id = :ownerId)",
        "and false"
    };

    /** Not hidden: never acknowledged, or worse than when acknowledged; and not snoozed past today. */
    private static final String VISIBLE = "((st.acknowledged_severity is null or g.severity_rank > case"
            + " st.acknowledged_severity when 'UPCOMING' then 1 when 'DUE_TODAY' then 2 else 3 end)"
            + " and (st.snoozed_until is null or st.snoozed_until <= cast(:today as date)))";

    private final EntityManager em;
    private final StakeholderRepository stakeholders;
    private final AlertSettings settings;
    private final AppClock clock;

    AlertQuery(EntityManager em, StakeholderRepository stakeholders, AlertSettings settings, AppClock clock) {
        this.em = em;
        this.stakeholders = stakeholders;
        this.settings = settings;
        this.clock = clock;
    }

    public record Filter(
            UUID ownerId,
            AlertKind kind,
            AlertSeverity severity,
            UUID stakeholderId,
            UUID organisationId,
            String policyArea,
            LocalDate dueBefore,
            boolean includeAcknowledged,
            UUID id) {

        public static Filter byId(UUID id) {
            return new Filter(null, null, null, null, null, null, null, true, id);
        }
    }

    /**
     * Every alert that is OVERDUE today, as a sub-select for reports to join against, with the columns id, kind,
     * due_date, stakeholder_ids (uuid[]), policy_area, owner_ids (uuid[]) and visible (not hidden by an
     * acknowledgement or a snooze: what {@code GET /alerts?severity=OVERDUE} lists). Bind its parameters with
     * {@link #bindParameters}.
     */
    public String overdueSql() {
        return "(" + ALERTS.formatted(LONDON_DAY.formatted("i.starts_at"), "", "", "", "", "")
                + " select g.id, g.kind, g.due_date, g.stakeholder_ids, g.policy_area, g.owner_ids, " + VISIBLE
                + " as visible from graded g left join alert_state st on st.alert_id = g.id where g.severity_rank = 3)";
    }

    /** Binds the parameters the alert SQL needs (today, now, the settings). */
    public <Q extends jakarta.persistence.Query> Q bindParameters(Q query) {
        query.setParameter("today", clock.today())
                .setParameter("now", clock.now())
                .setParameter("namespace", NAMESPACE.toString())
                .setParameter("prepLeadDays", settings.prepLeadDays())
                .setParameter("horizonDays", settings.horizonDays())
                .setParameter("termEndingHorizonDays", settings.termEndingHorizonDays());
        return query;
    }

    public PageResponse<AlertResponse> list(Filter criteria, PageParams params) {
        List<Object[]> rows = run(criteria, params.size, params.offset());
        long total =
                rows.isEmpty() ? (params.page == 0 ? 0 : countOnly(criteria)) : ((Number) rows.get(0)[17]).longValue();
        return PageResponse.of(titled(rows.stream().map(AlertQuery::toResponse).toList()), params, total);
    }

    /** Every matching alert, for CSV: one query, already computed in full by the database. */
    public List<AlertResponse> all(Filter criteria) {
        return titled(run(criteria, Integer.MAX_VALUE, 0).stream()
                .map(AlertQuery::toResponse)
                .toList());
    }

    public Optional<AlertResponse> find(UUID id) {
        return run(Filter.byId(id), 1, 0).stream().map(AlertQuery::toResponse).findFirst();
    }

    private long countOnly(Filter criteria) {
        List<Object[]> first = run(criteria, 1, 0);
        return first.isEmpty() ? 0 : ((Number) first.get(0)[17]).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> run(Filter c, int limit, int offset) {
        SqlFilter filter = new SqlFilter();
        if (!c.includeAcknowledged()) {
            filter.where(VISIBLE);
        }
        if (c.id() != null) {
            filter.where("g.id = :id", "id", c.id());
        }
        if (c.ownerId() != null) {
            filter.where("cast(:ownerId as uuid) = any(g.owner_ids)", "ownerId", c.ownerId());
        }
        if (c.kind() != null) {
            filter.where("g.kind = :kind", "kind", c.kind().name());
        }
        if (c.severity() != null) {
            filter.where(
                    "g.severity_rank = :severityRank",
                    "severityRank",
                    c.severity().ordinal() + 1);
        }
        if (c.stakeholderId() != null) {
            filter.where("cast(:stakeholderId as uuid) = any(g.stakeholder_ids)", "stakeholderId", c.stakeholderId());
        }
        if (c.organisationId() != null) {
            filter.where(
                    "(g.post_id in (select id from post where organisation_id = :organisationId)"
                            + " or exists (select 1 from tenure t join post o on o.id = t.post_id"
                            + " where t.stakeholder_id = any(g.stakeholder_ids) and o.organisation_id = :organisationId"
                            + " and t.start_date <= cast(:today as date) and (t.end_date is null or t.end_date > cast(:today as date))))",
                    "organisationId",
                    c.organisationId());
        }
        if (c.policyArea() != null && !c.policyArea().isBlank()) {
            filter.where("g.policy_area = :policyArea", "policyArea", c.policyArea());
        }
        if (c.dueBefore() != null) {
            filter.where("g.due_date < :dueBefore", "dueBefore", c.dueBefore());
        }
        Object[] pushedDown = new Object[6];
        pushedDown[0] = LONDON_DAY.formatted("i.starts_at");
        for (int i = 0; i < OWNER_FILTERS.length; i++) {
            pushedDown[i + 1] = c.ownerId() == null ? "" : OWNER_FILTERS[i];
        }
        String sql = ALERTS.formatted(pushedDown) + ALERT_LIST + filter.clause()
                + " order by g.due_date, g.severity_rank desc, g.kind, g.id limit :limit offset :offset";
        return bindParameters(filter.bind(em.createNativeQuery(sql)))
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
    }

    private static AlertResponse toResponse(Object[] row) {
        AlertSeverity severity = AlertSeverity.values()[((Number) row[2]).intValue() - 1];
        AlertResponse.Acknowledgement ack = row[12] == null
                ? null
                : new AlertResponse.Acknowledgement(
                        SqlValues.instant(row[12]),
                        (String) row[13],
                        (String) row[14],
                        row[15] == null ? null : AlertSeverity.valueOf((String) row[15]));
        return new AlertResponse(
                (UUID) row[0],
                AlertKind.valueOf((String) row[1]),
                severity,
                SqlValues.date(row[3]),
                null,
                ids((String) row[4]),
                (String) row[5],
                (UUID) row[6],
                (UUID) row[7],
                (UUID) row[8],
                (UUID) row[9],
                ids((String) row[10]),
                SqlValues.date(row[11]),
                ack,
                SqlValues.date(row[16]));
    }

    /** Titles for a page: the stakeholders' and policy areas' names in one query each. */
    @SuppressWarnings("unchecked")
    private List<AlertResponse> titled(List<AlertResponse> alerts) {
        if (alerts.isEmpty()) {
            return alerts;
        }
        java.util.Map<UUID, String> names = stakeholders.displayNames(alerts.stream()
                .flatMap(a -> a.stakeholderIds().stream())
                .distinct()
                .toList());
        java.util.Map<String, String> areas = new java.util.HashMap<>();
        for (Object[] r : (List<Object[]>)
                em.createNativeQuery("select code, name from policy_area").getResultList()) {
            areas.put((String) r[0], (String) r[1]);
        }
        List<AlertResponse> result = new ArrayList<>(alerts.size());
        for (AlertResponse a : alerts) {
            String who = a.stakeholderIds().isEmpty()
                    ? ""
                    : names.getOrDefault(a.stakeholderIds().get(0), "");
            String title = switch (a.kind()) {
                case BRIEFING_DUE -> "Brief " + who + " on " + areas.getOrDefault(a.policyArea(), a.policyArea());
                case CONTACT_DUE -> "Contact " + who;
                case MEETING_PREP_DUE -> "Prepare the briefing pack for the meeting with " + who;
                case FOLLOW_UP_DUE -> "Follow-up due from the interaction with " + who;
                case TERM_ENDING -> "Term ends for " + who;
                case POST_UNCOVERED -> "New holder " + who + " has no LEAD owner or no active plan";
            };
            result.add(new AlertResponse(
                    a.id(),
                    a.kind(),
                    a.severity(),
                    a.dueDate(),
                    title,
                    a.stakeholderIds(),
                    a.policyArea(),
                    a.planId(),
                    a.interactionId(),
                    a.followUpId(),
                    a.postId(),
                    a.ownerIds(),
                    a.lastDone(),
                    a.acknowledged(),
                    a.snoozedUntil()));
        }
        return result;
    }

    private static List<UUID> ids(String joined) {
        return joined == null || joined.isEmpty()
                ? List.of()
                : Arrays.stream(joined.split(",")).map(UUID::fromString).toList();
    }
}
