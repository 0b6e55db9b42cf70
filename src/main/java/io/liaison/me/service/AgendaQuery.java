package io.liaison.me.service;

import io.liaison.alert.AlertKind;
import io.liaison.alert.service.AlertQuery;
import io.liaison.alert.service.AlertView;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.Paging;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.time.AppClock;
import io.liaison.election.service.PreElectionPeriodService;
import io.liaison.interaction.InteractionStatus;
import io.liaison.interaction.InteractionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A team member's agenda for a range of London days, in one answer: the interactions they attend, their open
 * follow-ups and their alerts, each with the stakeholders it concerns as they are today (name, party, posts). What is
 * overdue is shown on today, where it still needs doing, rather than on a day that has passed. Three reads by index
 * (attendee, assignee, the alert subjects' owner) and one for the stakeholders of them all.
 */
@ApplicationScoped
public class AgendaQuery {

    /** The longest range one agenda covers: a quarter, more than anyone plans in one view. */
    static final int MAX_DAYS = 93;

    private static final String INTERACTIONS = """
            select i.id, i.type, i.status, i.title, i.starts_at, i.ends_at, i.location, i.online_meeting_url,
                   array(select s.stakeholder_id from interaction_stakeholder s where s.interaction_id = i.id
                         order by s.stakeholder_id) as stakeholder_ids
            from interaction_attendee a join interaction i on i.id = a.interaction_id
            where a.team_member_id = :me and a.starts_at >= :start and a.starts_at < :end
              and i.status <> 'CANCELLED'
            """;

    private static final String FOLLOW_UPS = """
            select f.id, f.description, f.due_date, f.interaction_id,
                   array(select s.stakeholder_id from interaction_stakeholder s where s.interaction_id = f.interaction_id
                         order by s.stakeholder_id) as stakeholder_ids
            from follow_up f
            where f.assignee_id = :me and f.status = 'OPEN' and f.due_date <= :to
            """;

    private static final String STAKEHOLDERS = """
            select s.id, concat_ws(' ', s.honorific, s.first_name, s.last_name) as name,
                   nullif(trim(s.party), '') as party,
                   array(select p.title || ', ' || o.name from tenure t
                         join post p on p.id = t.post_id join organisation o on o.id = p.organisation_id
                         where t.stakeholder_id = s.id and t.start_date <= :today
                           and (t.end_date is null or t.end_date > :today)
                         order by p.title, o.name) as posts
            from stakeholder s where s.id = any(:ids)
            """;

    record InteractionRow(
            UUID id,
            InteractionType type,
            InteractionStatus status,
            String title,
            Instant startsAt,
            Instant endsAt,
            String location,
            String onlineMeetingUrl,
            List<UUID> stakeholderIds) {}

    record FollowUpRow(UUID id, String description, LocalDate dueDate, UUID interactionId, List<UUID> stakeholderIds) {}

    private final SqlRunner sql;
    private final AlertQuery alerts;
    private final PreElectionPeriodService preElectionPeriods;
    private final AppClock clock;

    AgendaQuery(SqlRunner sql, AlertQuery alerts, PreElectionPeriodService preElectionPeriods, AppClock clock) {
        this.preElectionPeriods = preElectionPeriods;
        this.sql = sql;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** This week in London, Monday to Sunday, when the caller names no range. */
    public LocalDate[] thisWeek() {
        LocalDate monday = clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new LocalDate[] {monday, monday.plusDays(6)};
    }

    /** One read of one moment: the three parts agree with each other. */
    @Transactional
    public Agenda agenda(UUID me, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ApiProblem.invalid("to", "must not be before from");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw ApiProblem.invalid("to", "an agenda covers at most " + MAX_DAYS + " days");
        }
        LocalDate today = clock.today();
        Map<String, Object> range = Map.of(
                "me", me,
                "start", from.atStartOfDay(AppClock.LONDON).toInstant(),
                "end", to.plusDays(1).atStartOfDay(AppClock.LONDON).toInstant());
        List<InteractionRow> attended = sql.list(InteractionRow.class, INTERACTIONS, range);
        List<FollowUpRow> followUps = sql.list(FollowUpRow.class, FOLLOW_UPS, Map.of("me", me, "to", to));
        List<AlertView> mine = myAlerts(me, to);

        Set<UUID> everyone = new HashSet<>();
        attended.forEach(i -> everyone.addAll(i.stakeholderIds()));
        followUps.forEach(f -> everyone.addAll(f.stakeholderIds()));
        mine.forEach(a -> everyone.addAll(a.stakeholderIds()));
        Map<UUID, AgendaStakeholder> people = everyone.isEmpty()
                ? Map.of()
                : sql
                        .list(
                                AgendaStakeholder.class,
                                STAKEHOLDERS,
                                Map.of("ids", everyone.toArray(UUID[]::new), "today", today))
                        .stream()
                        .collect(Collectors.toMap(AgendaStakeholder::id, Function.identity()));

        List<AgendaItem> items = new ArrayList<>();
        for (InteractionRow i : attended) {
            List<AgendaStakeholder> who = those(i.stakeholderIds(), people);
            String title = i.title() != null && !i.title().isBlank()
                    ? i.title()
                    : readable(i.type()) + " with "
                            + (who.isEmpty()
                                    ? "no stakeholder"
                                    : who.stream().map(AgendaStakeholder::name).collect(Collectors.joining(", ")));
            items.add(new AgendaItem(
                    AgendaItemKind.INTERACTION,
                    i.startsAt().atZone(AppClock.LONDON).toLocalDate(),
                    i.startsAt(),
                    i.endsAt(),
                    i.location(),
                    i.onlineMeetingUrl(),
                    null,
                    false,
                    title,
                    i.type(),
                    i.status(),
                    i.id(),
                    null,
                    null,
                    null,
                    who));
        }
        for (FollowUpRow f : followUps) {
            LocalDate day = shownOn(f.dueDate(), today, from, to);
            if (day == null) {
                continue;
            }
            boolean overdue = f.dueDate().isBefore(today);
            items.add(new AgendaItem(
                    AgendaItemKind.FOLLOW_UP,
                    day,
                    null,
                    null,
                    null,
                    null,
                    f.dueDate(),
                    overdue,
                    f.description(),
                    null,
                    null,
                    f.interactionId(),
                    f.id(),
                    null,
                    null,
                    those(f.stakeholderIds(), people)));
        }
        for (AlertView a : mine) {
            // A follow-up's own alert says what the follow-up item already says.
            LocalDate day = shownOn(a.dueDate(), today, from, to);
            if (a.kind() == AlertKind.FOLLOW_UP_DUE || day == null) {
                continue;
            }
            items.add(new AgendaItem(
                    AgendaItemKind.ALERT,
                    day,
                    null,
                    null,
                    null,
                    null,
                    a.dueDate(),
                    a.dueDate().isBefore(today),
                    a.title(),
                    null,
                    null,
                    a.interactionId(),
                    a.followUpId(),
                    a.id(),
                    a.kind(),
                    those(a.stakeholderIds(), people)));
        }
        items.sort(Comparator.comparing(AgendaItem::day)
                .thenComparing(AgendaItem::startsAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AgendaItem::kind)
                .thenComparing(AgendaItem::title));
        return new Agenda(me, from, to, today, items, preElectionPeriods.overlapping(from, to));
    }

    /**
     * Where a follow-up or alert goes: on its due day; or, when the range holds today and it is overdue, on today,
     * where it still needs doing. A range that does not hold today shows only what falls due inside it.
     */
    private static LocalDate shownOn(LocalDate due, LocalDate today, LocalDate from, LocalDate to) {
        boolean holdsToday = !today.isBefore(from) && !today.isAfter(to);
        if (holdsToday && due.isBefore(today)) {
            return today;
        }
        return due.isBefore(from) ? null : due;
    }

    /** The caller's alerts due by the end of the range, as /alerts/mine lists them (unacknowledged, not snoozed). */
    private List<AlertView> myAlerts(UUID me, LocalDate to) {
        PageParams all = new PageParams();
        all.size = Paging.MAX_SIZE;
        return alerts.list(new AlertQuery.Filter(me, null, null, null, null, null, to.plusDays(1), false, null), all)
                .items();
    }

    private static List<AgendaStakeholder> those(List<UUID> ids, Map<UUID, AgendaStakeholder> people) {
        return ids.stream().map(people::get).filter(java.util.Objects::nonNull).toList();
    }

    private static String readable(InteractionType type) {
        String name = type.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The agenda as the rows of its CSV, in the answer's order. */
    public static final List<String> CSV_HEADER = List.of(
            "day",
            "startsAt",
            "kind",
            "title",
            "stakeholders",
            "dueDate",
            "overdue",
            "interactionType",
            "interactionId",
            "followUpId",
            "alertId",
            "alertKind",
            "location",
            "onlineMeetingUrl");

    public static List<?> csvRow(AgendaItem item) {
        return java.util.Arrays.asList(
                item.day(),
                item.startsAt(),
                item.kind(),
                item.title(),
                item.stakeholders().stream()
                        .map(s -> s.name()
                                + (s.party() == null && s.posts().isEmpty()
                                        ? ""
                                        : " (" + String.join(" / ", withParty(s)) + ")"))
                        .collect(Collectors.joining("; ")),
                item.dueDate(),
                item.overdue(),
                item.interactionType(),
                item.interactionId(),
                item.followUpId(),
                item.alertId(),
                item.alertKind(),
                item.location(),
                item.onlineMeetingUrl());
    }

    private static List<String> withParty(AgendaStakeholder s) {
        List<String> parts = new ArrayList<>(s.posts());
        if (s.party() != null) {
            parts.add(s.party());
        }
        return parts;
    }
}
