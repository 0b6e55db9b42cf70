package io.liaison.alert.service;

import io.liaison.alert.AlertKind;
import io.liaison.alert.AlertSettings;
import io.liaison.alert.AlertSeverity;
import io.liaison.common.csv.CsvExport;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.time.AppClock;
import jakarta.annotation.Nullable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Lists the briefing-due alerts (docs/alerts.md) for "today" in Europe/London in one set-based query. The rules live in
 * the database (refresh_alert_subjects, in db/derived/40_alert_subjects.sql): it keeps every alert subject with its due
 * date and v5 id in step with the data, in the writing transaction. What depends on today stays here: the horizon, the
 * severity, the days a subject is shown (a plan's end, a meeting's start), and what people said about each alert
 * (acknowledged, snoozed); then the filters, the order and the page.
 */
@ApplicationScoped
public class AlertQuery {

    /** Not hidden: never acknowledged, or worse than when acknowledged; and not snoozed past today. */
    private static final String VISIBLE = "((st.acknowledged_severity is null or g.severity_rank > case"
            + " st.acknowledged_severity when 'UPCOMING' then 1 when 'DUE_TODAY' then 2 else 3 end)"
            + " and (st.snoozed_until is null or st.snoozed_until <= cast(:today as date)))";

    /** Today's alerts, graded, with what people said about them (every statement reads these two). */
    private static final String GRADED =
            graded("alert_subject", "") + " left join alert_state st on st.alert_id = g.id";

    /** The columns of an alert ({@link Row}); {@code extra} adds one, such as the page's total. */
    private static String alertList(String extra) {
        return """
                select g.id, g.kind, g.severity_rank, g.due_date, g.stakeholder_ids, g.policy_area, g.plan_id,
                       g.interaction_id, g.follow_up_id, g.post_id, g.owner_ids, g.last_done, st.acknowledged_at,
                       st.acknowledged_by, st.acknowledged_note, st.acknowledged_severity, st.snoozed_until,
                       (select concat_ws(' ', h.honorific, h.first_name, h.last_name) from stakeholder h
                        where h.id = g.stakeholder_ids[1]) as who,
                       case when g.kind in ('MEETING_PREP_DUE', 'FOLLOW_UP_DUE') then
                           (select string_agg(concat_ws(' ', h.honorific, h.first_name, h.last_name), ', '
                                              order by array_position(g.stakeholder_ids, h.id))
                            from stakeholder h where h.id = any(g.stakeholder_ids)) end as everyone,
                       (select a.name from policy_area a where a.code = g.policy_area) as area,
                       case when g.kind = 'FOLLOW_UP_DUE' then
                           (select f.description from follow_up f where f.id = g.follow_up_id) end as task,
                       case when g.kind = 'MEETING_PREP_DUE' then
                           (select i.starts_at from interaction i where i.id = g.interaction_id) end
                           as meeting_starts_at""" + extra + " from " + GRADED;
    }

    private static final String ALERT_LIST = alertList("");

    /** The list with its total counted in the same pass. */
    private static final String ALERT_LIST_COUNTED = alertList(", count(*) over () as total");

    /**
     * One owner's subjects graded the same way, from alert_subject_owner (V13), whose index holds every column the
     * grading, the visibility, the order and the count need: g has id, kind, due_date and the shown window only.
     */
    private static final String OWNED_PAGE = "select g.id, count(*) over () as total from "
            + graded("alert_subject_owner", " and s.owner_id = :ownerId")
            + " left join alert_state st on st.alert_id = g.id";

    private static final String ALERT_COUNT = "select count(*) from " + GRADED;

    private static final String HIDDEN_PLAIN_FROM = " - (select count(*) from alert_state st join "
            + graded("alert_subject", " and s.plain") + " on g.id = st.alert_id";

    /** The severity rank of a due date: 3 overdue, 2 due today, 1 upcoming. */
    private static String severityRank(String dueDate) {
        return "case when " + dueDate + " < cast(:today as date) then 3 when " + dueDate
                + " = cast(:today as date) then 2 else 1 end";
    }

    /** Within the horizon: the kind's own for TERM_ENDING, the general one for the rest. */
    private static String withinHorizon(String alias) {
        return alias + ".due_date <= cast(:today as date) + case when " + alias
                + ".kind = 'TERM_ENDING' then :termEndingHorizonDays else :horizonDays end";
    }

    /**
     * Today's alerts as the derived table g: the stored subjects ({@code table}: alert_subject, kept in step with the
     * data by the database (db/derived/40_alert_subjects.sql), or its per-owner copy) within the horizon and shown
     * today, graded into severities. The first bound on due_date is what lets the due-date index serve it;
     * {@code narrowing} narrows further.
     */
    private static String graded(String table, String narrowing) {
        return "(select s.*, " + severityRank("s.due_date") + " as severity_rank from " + table + " s"
                + " where s.due_date <= cast(:today as date) + greatest(:horizonDays, :termEndingHorizonDays)"
                + " and " + withinHorizon("s")
                + " and (s.shown_from is null or s.shown_from <= cast(:today as date))"
                + " and (s.shown_until is null or s.shown_until > cast(:today as date))"
                + " and (s.shown_before is null or s.shown_before > :now)" + narrowing + ") g";
    }

    /**
     * The same count for filters that only narrow by kind, severity and due date, without reading every subject:
     * the plain subjects from the per-day counts (alert_subject_count), plus the few with a shown window counted
     * one by one, less the plain ones an acknowledgement or snooze hides.
     *
     * @param shape the kind/severity/due filter
     * @param visible the same with the visibility condition
     * @param hiddenPlain the hidden-plain term, or nothing
     */
    private static String countByDay(String shape, String visible, String hiddenPlain) {
        return "select (select coalesce(sum(g.subjects), 0) from (select c.*, " + severityRank("c.due_date")
                + " as severity_rank from alert_subject_count c where " + withinHorizon("c") + ") g " + shape + ")"
                + " + (select count(*) from " + graded("alert_subject", " and not s.plain")
                + " left join alert_state st on st.alert_id = g.id " + visible + ") " + hiddenPlain;
    }

    /** One row of an alert statement, by column name; total only where the statement counts its matches. */
    record Row(
            UUID id,
            AlertKind kind,
            int severityRank,
            LocalDate dueDate,
            List<UUID> stakeholderIds,
            String policyArea,
            UUID planId,
            UUID interactionId,
            UUID followUpId,
            UUID postId,
            List<UUID> ownerIds,
            LocalDate lastDone,
            Instant acknowledgedAt,
            String acknowledgedBy,
            String acknowledgedNote,
            AlertSeverity acknowledgedSeverity,
            LocalDate snoozedUntil,
            String who,
            String everyone,
            String area,
            String task,
            Instant meetingStartsAt,
            @Nullable Long total) {}

    private final SqlRunner sql;
    private final AlertSettings settings;
    private final AppClock clock;

    AlertQuery(SqlRunner sql, AlertSettings settings, AppClock clock) {
        this.sql = sql;
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
     * acknowledgement or a snooze: what {@code GET /alerts?severity=OVERDUE} lists). Bind {@link #parameters}.
     */
    public String overdueSql() {
        return "(select g.id, g.kind, g.due_date, g.stakeholder_ids, g.policy_area, g.owner_ids, " + VISIBLE
                + " as visible from " + GRADED + " where g.severity_rank = 3)";
    }

    /** The parameters the alert SQL needs (today, now, the horizons). */
    public Map<String, Object> parameters() {
        return settingParameters();
    }

    /** Today, now and the horizons, which every alert statement reads. */
    private Map<String, Object> settingParameters() {
        return Map.of(
                "today", clock.today(),
                "now", clock.now(),
                "horizonDays", settings.horizonDays(),
                "termEndingHorizonDays", settings.termEndingHorizonDays());
    }

    public PageResponse<AlertView> list(Filter criteria, PageParams params) {
        if (officeWide(criteria)) {
            List<Row> rows = run(criteria, params.size, params.offset(), false);
            // The page tells the total when it is the first and not full; otherwise the per-day counts (cheap).
            long total = params.page == 0 && rows.size() < params.size ? rows.size() : count(criteria);
            return PageResponse.of(rows.stream().map(AlertQuery::toView).toList(), params, total);
        }
        if (ownerOnly(criteria)) {
            return ownersPage(criteria, params);
        }
        // A stakeholder's few subjects are all read and sorted for the page anyway: counted in the same pass
        // (count(*) over ()) rather than read again by a second query.
        return countedPage(run(criteria, params.size, params.offset(), true), criteria, params);
    }

    /** A page whose rows carry their total (count(*) over ()); a page past the end has none, so it counts on its own. */
    private PageResponse<AlertView> countedPage(List<Row> rows, Filter criteria, PageParams params) {
        long total = !rows.isEmpty() ? rows.get(0).total() : params.offset() == 0 ? 0 : count(criteria);
        return PageResponse.of(rows.stream().map(AlertQuery::toView).toList(), params, total);
    }

    /** Narrowed to one owner and nothing that needs the subject's own row (stakeholders, organisation, area). */
    private static boolean ownerOnly(Filter c) {
        return c.ownerId() != null
                && c.id() == null
                && c.stakeholderId() == null
                && c.organisationId() == null
                && (c.policyArea() == null || c.policyArea().isBlank());
    }

    /**
     * An owner's page: the ids of the page and the total from alert_subject_owner's index alone, then the rows of
     * those ids only, in one statement. Read through the subjects themselves, every one of the owner's ~600 rows was
     * fetched to sort and count them (bench/README.md).
     */
    private PageResponse<AlertView> ownersPage(Filter criteria, PageParams params) {
        Filter rest = new Filter(
                null,
                criteria.kind(),
                criteria.severity(),
                null,
                null,
                null,
                criteria.dueBefore(),
                criteria.includeAcknowledged(),
                null);
        SqlFilter filter = filter(rest);
        String statement = "with page as (" + OWNED_PAGE + filter.clause()
                + " order by g.due_date, g.kind, g.id limit :limit offset :offset) "
                + alertList(", p.total") + " join page p on p.id = g.id order by g.due_date, g.kind, g.id";
        List<Row> rows = rows(
                statement,
                filter,
                Map.of("ownerId", criteria.ownerId(), "limit", params.size, "offset", params.offset()));
        return countedPage(rows, criteria, params);
    }

    /**
     * Every matching alert as one list, for the few a member's diary feed shows. The feed is read with nothing but a
     * secret in its URL, so its titles carry no free text: a follow-up's alert names the stakeholders, not the task.
     */
    public List<AlertView> allWithoutFreeText(Filter criteria) {
        return run(criteria, Integer.MAX_VALUE, 0, false).stream()
                .map(row -> toView(row, false))
                .toList();
    }

    /**
     * Every matching alert, for CSV, read through a cursor a batch at a time: an office's alerts at full size, held as
     * one list, would raise the service's memory with the office's size. Consume inside the export's transaction.
     */
    public Supplier<Stream<List<AlertView>>> batches(Filter criteria) {
        SqlFilter filter = filter(criteria);
        String statement = ALERT_LIST + filter.clause() + " order by g.due_date, g.kind, g.id";
        return () -> sql.stream(Row.class, statement, parameters(filter, Map.of()), CsvExport.CHUNK)
                .map(row -> List.of(toView(row)));
    }

    public Optional<AlertView> find(UUID id) {
        return run(Filter.byId(id), 1, 0, false).stream()
                .map(AlertQuery::toView)
                .findFirst();
    }

    /** Not narrowed to a few subjects: a page is read in due-date order and counted from the per-day counts. */
    private static boolean officeWide(Filter c) {
        return c.id() == null
                && c.ownerId() == null
                && c.stakeholderId() == null
                && c.organisationId() == null
                && (c.policyArea() == null || c.policyArea().isBlank());
    }

    private long count(Filter c) {
        String statement;
        SqlFilter filter = filter(c);
        if (officeWide(c)) {
            // Filter without the visibility condition; hidden = that filter plus "not visible".
            Filter shapeOnly = new Filter(null, c.kind(), c.severity(), null, null, null, c.dueBefore(), true, null);
            String shape = filter(shapeOnly).clause();
            String hidden = c.includeAcknowledged()
                    ? ""
                    : HIDDEN_PLAIN_FROM
                            + filter(shapeOnly).where("not " + VISIBLE).clause() + ")";
            statement = countByDay(shape, filter.clause(), hidden);
        } else {
            statement = ALERT_COUNT + filter.clause();
        }
        return sql.one(Long.class, statement, parameters(filter, Map.of()));
    }

    private List<Row> run(Filter criteria, int limit, int offset, boolean withTotal) {
        SqlFilter filter = filter(criteria);
        // Severity follows from the due date, so this is the documented order (due date, severity, kind, id), in
        // the form the due-date index serves.
        String statement = (withTotal ? ALERT_LIST_COUNTED : ALERT_LIST) + filter.clause()
                + " order by g.due_date, g.kind, g.id limit :limit offset :offset";
        return rows(statement, filter, Map.of("limit", limit, "offset", offset));
    }

    private List<Row> rows(String statement, SqlFilter filter, Map<String, Object> more) {
        return sql.list(Row.class, statement, parameters(filter, more));
    }

    private Map<String, Object> parameters(SqlFilter filter, Map<String, Object> more) {
        Map<String, Object> all = new HashMap<>(filter.parameters());
        all.putAll(settingParameters());
        all.putAll(more);
        return all;
    }

    private static SqlFilter filter(Filter c) {
        SqlFilter filter = new SqlFilter();
        if (!c.includeAcknowledged()) {
            filter.where(VISIBLE);
        }
        if (c.id() != null) {
            filter.where("g.id = :id", "id", c.id());
        }
        if (c.ownerId() != null) {
            filter.where("g.owner_ids @> array[cast(:ownerId as uuid)]", "ownerId", c.ownerId());
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
            filter.where(
                    "g.stakeholder_ids @> array[cast(:stakeholderId as uuid)]", "stakeholderId", c.stakeholderId());
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
        return filter;
    }

    private static AlertView toView(Row row) {
        return toView(row, true);
    }

    private static AlertView toView(Row row, boolean freeText) {
        AlertView.Acknowledgement ack = row.acknowledgedAt() == null
                ? null
                : new AlertView.Acknowledgement(
                        row.acknowledgedAt(), row.acknowledgedBy(), row.acknowledgedNote(), row.acknowledgedSeverity());
        return new AlertView(
                row.id(),
                row.kind(),
                AlertSeverity.values()[row.severityRank() - 1],
                row.dueDate(),
                title(row, freeText),
                listed(row.stakeholderIds()),
                row.policyArea(),
                row.planId(),
                row.interactionId(),
                row.followUpId(),
                row.postId(),
                listed(row.ownerIds()),
                row.lastDone(),
                ack,
                row.snoozedUntil());
    }

    private static final java.time.format.DateTimeFormatter MEETING_TIME =
            java.time.format.DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", java.util.Locale.UK);

    /**
     * What is due, in words that name the task: the stakeholder and area of a briefing, the follow-up's own text (where
     * free text may be shown), and for a meeting to prepare, its time in London and all its stakeholders.
     */
    private static String title(Row row, boolean freeText) {
        String name = row.who() == null ? "" : row.who();
        String everyone = row.everyone() == null ? name : row.everyone();
        return switch (row.kind()) {
            case BRIEFING_DUE -> "Brief " + name + " on " + (row.area() == null ? row.policyArea() : row.area());
            case CONTACT_DUE -> "Contact " + name;
            case MEETING_PREP_DUE ->
                "Prepare the briefing pack for the meeting with " + everyone
                        + (row.meetingStartsAt() == null
                                ? ""
                                : " on "
                                        + MEETING_TIME.format(
                                                row.meetingStartsAt().atZone(AppClock.LONDON)));
            case FOLLOW_UP_DUE ->
                freeText && row.task() != null
                        ? row.task() + " (follow-up with " + everyone + ")"
                        : "Follow-up due from the interaction with " + everyone;
            case TERM_ENDING -> "Term ends for " + name;
            case POST_UNCOVERED -> "New holder " + name + " has no LEAD owner or no active plan";
            case FORMER_HOLDER -> name + " no longer holds a post: close or hand over their plan, owners and meetings";
        };
    }

    private static List<UUID> listed(List<UUID> ids) {
        return ids == null ? List.of() : ids;
    }
}
