package io.liaison.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the engagement report groups by, and how each grouping places stakeholders, interactions and overdue alerts
 * into its groups. Each grouping is four SQL fragments over the report's CTEs ({@code scope}: the stakeholders the
 * report's filters choose; {@code period_contact}: each COMPLETED interaction of the period with each of its
 * stakeholders in scope, with its London {@code day}; {@code overdue_link}: each alert OVERDUE today with each of its
 * stakeholders in scope, and whether it is {@code visible}), every one yielding a text {@code key}, where '' is the
 * "none" group:
 *
 * <ul>
 *   <li>member (stakeholder_id, key): the groups a stakeholder of the scope is a member of;
 *   <li>counted (interaction_id, type, stakeholder_id, key): the groups each interaction counts in, with the
 *       stakeholders it engaged there;
 *   <li>alertKey (alert_id, visible, key): the groups an overdue alert counts in;
 *   <li>groups (key, label, listed): the label of every key, and whether it is listed even when empty.
 * </ul>
 */
public enum EngagementGrouping {
    ORGANISATION(
            "organisation",
            byPostHeld("p.organisation_id::text"),
            "select id::text, name, status = 'ACTIVE' from organisation union all select '', 'No current post', false"),
    CATEGORY(
            "category",
            byPostHeld("p.category"),
            Sql.values(io.liaison.stakeholder.PostCategory.values(), "No current post")),
    PARTY(
            "party",
            byStakeholder("select s.id as stakeholder_id, trim(s.party) as key from stakeholder s"
                    + " where nullif(trim(s.party), '') is not null"),
            "select distinct trim(party), trim(party), false from stakeholder where nullif(trim(party), '') is not null"
                    + " union all select '', 'No party recorded', false"),
    OWNER(
            "owner",
            byStakeholder(Sql.LEAD_OWNER.formatted("w.team_member_id::text")),
            "select id::text, full_name, active from team_member union all select '', 'No LEAD owner', false"),
    UNIT(
            "unit",
            byStakeholder(Sql.LEAD_OWNER.formatted("m.unit")),
            Sql.values(io.liaison.team.OfficeUnit.values(), "No LEAD owner, or owner without a unit")),
    OWNER_ROLE(
            "ownerRole",
            byStakeholder(Sql.LEAD_OWNER.formatted("m.role")),
            Sql.values(io.liaison.team.TeamRole.values(), "No LEAD owner")),
    POLICY_AREA(
            "policyArea",
            new Placement(
                    "select i.stakeholder_id, i.policy_area_code as key from stakeholder_policy_interest i"
                            + " join scope sc on sc.id = i.stakeholder_id",
                    "select pc.interaction_id, pc.type, pc.stakeholder_id, coalesce(pa.policy_area_code, '') as key"
                            + " from period_contact pc"
                            + " left join interaction_policy_area pa on pa.interaction_id = pc.interaction_id",
                    "select a.alert_id, a.visible, coalesce(a.policy_area, '') as key from overdue_link a",
                    false),
            "select code, name, status = 'ACTIVE' from policy_area union all select '', 'No policy area', false"),
    MONTH(
            "month",
            new Placement(
                    "select sc.id as stakeholder_id, to_char(m, 'YYYY-MM') as key from scope sc"
                            + " cross join generate_series(date_trunc('month', cast(:from as date)),"
                            + " cast(:to as date), interval '1 month') m",
                    "select pc.interaction_id, pc.type, pc.stakeholder_id, to_char(pc.day, 'YYYY-MM') as key"
                            + " from period_contact pc",
                    "select a.alert_id, a.visible, to_char(a.due_date, 'YYYY-MM') as key from overdue_link a"
                            + " where a.due_date between cast(:from as date) and cast(:to as date)",
                    true),
            "select to_char(m, 'YYYY-MM'), to_char(m, 'FMMonth YYYY'), true from generate_series("
                    + "date_trunc('month', cast(:from as date)), cast(:to as date), interval '1 month') m");

    /**
     * The SQL that places stakeholders, interactions and alerts into groups (see the class comment).
     * {@code everyoneIsMember}: every stakeholder of the scope is a member of every listed group (months, the total),
     * so the members need not be listed pair by pair to be counted.
     */
    public record Placement(String member, String counted, String alertKey, boolean everyoneIsMember) {}

    /**
     * Everything in one group, keyed '': the report's totals, each figure counted once over the whole scope (an
     * interaction that touched two boroughs is one interaction in the total, not two).
     */
    public static final Placement TOTAL = new Placement(
            "select sc.id as stakeholder_id, '' as key from scope sc",
            "select pc.interaction_id, pc.type, pc.stakeholder_id, '' as key from period_contact pc",
            "select a.alert_id, a.visible, '' as key from overdue_link a",
            true);

    /** The label of the totals' one group. */
    public static final String TOTAL_GROUPS = "select '', 'Total', true";

    /** The 33 London authorities: the 32 boroughs and the City of London. */
    public static final String LONDON_AUTHORITY_KINDS = "('LONDON_BOROUGH', 'CITY_OF_LONDON_CORPORATION')";

    private final String parameter;
    private final Placement placement;
    private final String groups;

    EngagementGrouping(String parameter, Placement placement, String groups) {
        this.parameter = parameter;
        this.placement = placement;
        this.groups = groups;
    }

    /** Rows in the order of their keys (months, in time), rather than of their labels. */
    public boolean ordersByKey() {
        return this == MONTH;
    }

    /** The name a client sends as {@code groupBy}. */
    public String parameter() {
        return parameter;
    }

    public Placement placement() {
        return placement;
    }

    public String groups() {
        return groups;
    }

    public static Optional<EngagementGrouping> fromParameter(String value) {
        return Arrays.stream(values()).filter(g -> g.parameter.equals(value)).findFirst();
    }

    public static String[] parameters() {
        return Arrays.stream(values()).map(EngagementGrouping::parameter).toArray(String[]::new);
    }

    /**
     * Groupings by the posts held, attributed by the day as the post and organisation timelines are, so that a change
     * of holder moves none of the period's interactions: an interaction counts in the groups of the posts its
     * stakeholders held on its day in London (the '' group for a stakeholder who held none that day); a stakeholder is
     * a member of each group where they held a post on some day of the period, and of the '' group if they held none
     * in it, so that everyone engaged in a group is among its members and coverage never exceeds 1; an overdue alert,
     * which is about today, counts in the groups of its stakeholders' posts today.
     */
    private static Placement byPostHeld(String key) {
        String posts = " from tenure t join post p on p.id = t.post_id where ";
        return new Placement(
                "select sc.id as stakeholder_id, coalesce(x.key, '') as key from scope sc left join (select"
                        + " t.stakeholder_id, " + key + " as key" + posts + Sql.HELD_IN_PERIOD
                        + ") x on x.stakeholder_id = sc.id",
                "select pc.interaction_id, pc.type, pc.stakeholder_id, coalesce(" + key + ", '') as key"
                        + " from period_contact pc"
                        + " left join (tenure t join post p on p.id = t.post_id) on t.stakeholder_id = pc.stakeholder_id"
                        // the changeover day counts for the outgoing holder too, as on the timelines
                        + " and t.start_date <= pc.day and (t.end_date is null or t.end_date >= pc.day)",
                "select a.alert_id, a.visible, coalesce(x.key, '') as key from overdue_link a"
                        + " left join (select t.stakeholder_id, " + key + " as key" + posts + Sql.HELD_TODAY
                        + ") x on x.stakeholder_id = a.stakeholder_id",
                false);
    }

    /**
     * Groupings by something a stakeholder is now (their party, their LEAD owner): an
     * interaction counts once in each group of the stakeholders it engaged, an alert in each group of its
     * stakeholders; a stakeholder in no group is in the '' group.
     */
    private static Placement byStakeholder(String membership) {
        String member = "select sc.id as stakeholder_id, coalesce(x.key, '') as key from scope sc" + " left join ("
                + membership + ") x on x.stakeholder_id = sc.id";
        return new Placement(
                member,
                "select pc.interaction_id, pc.type, pc.stakeholder_id, m.key from period_contact pc"
                        + " join member m on m.stakeholder_id = pc.stakeholder_id",
                "select a.alert_id, a.visible, m.key from overdue_link a join member m on m.stakeholder_id = a.stakeholder_id",
                false);
    }

    private static final class Sql {
        static final String HELD_TODAY =
                "t.start_date <= cast(:today as date) and (t.end_date is null or t.end_date > cast(:today as date))";

        /** A tenure that covers at least one day of the period [:from, :to]. */
        static final String HELD_IN_PERIOD =
                "t.start_date <= cast(:to as date) and (t.end_date is null or t.end_date > cast(:from as date))";

        /** The current LEAD owner's %s (a team_member column, aliased m). */
        static final String LEAD_OWNER = "select w.stakeholder_id, %s as key from ownership w"
                + " join team_member m on m.id = w.team_member_id where w.role = 'LEAD' and w.end_date is null";

        static String values(Enum<?>[] constants, String noneLabel) {
            StringBuilder sql = new StringBuilder("select * from (values ");
            for (Enum<?> c : constants) {
                sql.append("('")
                        .append(c.name())
                        .append("', '")
                        .append(c.name())
                        .append("', true), ");
            }
            return sql.append("('', '")
                    .append(noneLabel)
                    .append("', false)) as v(key, label, listed)")
                    .toString();
        }
    }
}
