package io.liaison.alert.service;

import io.liaison.alert.AlertKind;
import io.liaison.alert.AlertSettings;
import io.liaison.alert.AlertSeverity;
import io.liaison.alert.rest.AlertResponse;
import io.liaison.common.csv.CsvExport;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.persistence.JdbcRows;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.persistence.SqlQuery;
import io.liaison.common.persistence.SqlValues;
import io.liaison.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * Lists the briefing-due alerts (docs/alerts.md) for "today" in Europe/London in one set-based query. The rules live in
 * the database (refresh_alert_subjects, V10): it keeps every alert subject with its due date and v5 id in step with
 * the data, in the writing transaction. What depends on today stays here: the horizon, the severity, the days a
 * subject is shown (a plan's end, a meeting's start), and what people said about each alert (acknowledged,
 * snoozed); then the filters, the order and the page.
 */
@ApplicationScoped
public class AlertQuery {

    /** The severity rank of a due date: 3 overdue, 2 due today, 1 upcoming. */
    private static final String SEVERITY_RANK =
            "case when %1$s < cast(:today as date) then 3 when %1$s = cast(:today as date) then 2 else 1 end";

    /** Within the horizon: the kind's own for TERM_ENDING, the general one for the rest. */
    private static final String WITHIN_HORIZON = "%1$s.due_date <= cast(:today as date) + case when %1$s.kind ="
            + " 'TERM_ENDING' then :termEndingHorizonDays else :horizonDays end";

    /**
     * Today's alerts as the derived table g: the stored subjects (alert_subject, kept in step with the data by the
     * database, V10) within the horizon and shown today, graded into severities. The first bound on due_date is what
     * lets the due-date index serve it; %s narrows to plain or windowed subjects, or not at all.
     */
    private static final String GRADED_FROM = "(select s.*, " + SEVERITY_RANK.formatted("s.due_date")
            + " as severity_rank from %s s"
            + " where s.due_date <= cast(:today as date) + greatest(:horizonDays, :termEndingHorizonDays)"
            + " and " + WITHIN_HORIZON.formatted("s")
            + " and (s.shown_from is null or s.shown_from <= cast(:today as date))"
            + " and (s.shown_until is null or s.shown_until > cast(:today as date))"
            + " and (s.shown_before is null or s.shown_before > :now) %s) g";

    private static final String GRADED = GRADED_FROM.formatted("alert_subject", "%s");

    /**
     * One owner's subjects graded the same way, from alert_subject_owner (V13), whose index holds every column the
     * grading, the visibility, the order and the count need: g has id, kind, due_date and the shown window only.
     */
    private static final String OWNED_PAGE = "select g.id, count(*) over () as total from "
            + GRADED_FROM.formatted("alert_subject_owner", "and s.owner_id = :ownerId")
            + " left join alert_state st on st.alert_id = g.id";

    /** Where a page that counts its matches (count(*) over ()) carries the total. */
    private static final int TOTAL_COLUMN = 19;

    private static final String ALERT_LIST =
            """
            select g.id, g.kind, g.severity_rank, g.due_date, array_to_string(g.stakeholder_ids, ','), g.policy_area,
                   g.plan_id, g.interaction_id, g.follow_up_id, g.post_id, array_to_string(g.owner_ids, ','),
                   g.last_done, st.acknowledged_at, st.acknowledged_by, st.acknowledged_note,
                   st.acknowledged_severity, st.snoozed_until,
                   (select concat_ws(' ', h.honorific, h.first_name, h.last_name) from stakeholder h
                    where h.id = g.stakeholder_ids[1]) as who,
                   (select a.name from policy_area a where a.code = g.policy_area) as area%s
            from """ + GRADED.formatted("").replace("%", "%%") + " left join alert_state st on st.alert_id = g.id";

    private static final String ALERT_COUNT =
            "select count(*) from " + GRADED.formatted("") + " left join alert_state st on st.alert_id = g.id";

    /**
     * The same count for filters that only narrow by kind, severity and due date, without reading every subject:
     * the plain subjects from the per-day counts (alert_subject_count), plus the few with a shown window counted
     * one by one, less the plain ones an acknowledgement or snooze hides. %1$s is the kind/severity/due filter,
     * %2$s the same with the visibility condition, %3$s the hidden-plain term (or nothing).
     */
    private static final String ALERT_COUNT_BY_DAY = "select (select coalesce(sum(g.subjects), 0) from (select c.*, "
            + SEVERITY_RANK.formatted("c.due_date") + " as severity_rank from alert_subject_count c where "
            + WITHIN_HORIZON.formatted("c") + ") g %1$s)"
            + " + (select count(*) from " + GRADED.formatted("and not s.plain")
            + " left join alert_state st on st.alert_id = g.id %2$s) %3$s";

    private static final String HIDDEN_PLAIN = " - (select count(*) from alert_state st join "
            + GRADED.formatted("and s.plain") + " on g.id = st.alert_id %s)";

    /** Not hidden: never acknowledged, or worse than when acknowledged; and not snoozed past today. */
    private static final String VISIBLE = "((st.acknowledged_severity is null or g.severity_rank > case"
            + " st.acknowledged_severity when 'UPCOMING' then 1 when 'DUE_TODAY' then 2 else 3 end)"
            + " and (st.snoozed_until is null or st.snoozed_until <= cast(:today as date)))";

    private final EntityManager em;
    private final AlertSettings settings;
    private final AppClock clock;

    AlertQuery(EntityManager em, AlertSettings settings, AppClock clock) {
        this.em = em;
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
        return "(select g.id, g.kind, g.due_date, g.stakeholder_ids, g.policy_area, g.owner_ids, " + VISIBLE
                + " as visible from " + GRADED.formatted("") + " left join alert_state st on st.alert_id = g.id"
                + " where g.severity_rank = 3)";
    }

    /** Binds the parameters the alert SQL needs (today, now, the horizons). */
    public <Q extends jakarta.persistence.Query> Q bindParameters(Q query) {
        settingParameters().forEach(query::setParameter);
        return query;
    }

    /** Today, now and the horizons, which every alert statement reads. */
    private Map<String, Object> settingParameters() {
        return Map.of(
                "today", clock.today(),
                "now", clock.now(),
                "horizonDays", settings.horizonDays(),
                "termEndingHorizonDays", settings.termEndingHorizonDays());
    }

    public PageResponse<AlertResponse> list(Filter criteria, PageParams params) {
        if (officeWide(criteria)) {
            List<Object[]> rows = run(criteria, params.size, params.offset(), false);
            // The page tells the total when it is the first and not full; otherwise the per-day counts (cheap).
            long total = params.page == 0 && rows.size() < params.size ? rows.size() : count(criteria);
            return PageResponse.of(rows.stream().map(AlertQuery::toResponse).toList(), params, total);
        }
        if (ownerOnly(criteria)) {
            return ownersPage(criteria, params);
        }
        // A stakeholder's few subjects are all read and sorted for the page anyway: counted in the same pass
        // (count(*) over ()) rather than read again by a second query.
        return countedPage(run(criteria, params.size, params.offset(), true), criteria, params);
    }

    /** A page whose rows carry their total (count(*) over ()); a page past the end has none, so it counts on its own. */
    private PageResponse<AlertResponse> countedPage(List<Object[]> rows, Filter criteria, PageParams params) {
        long total = !rows.isEmpty()
                ? ((Number) rows.get(0)[TOTAL_COLUMN]).longValue()
                : params.offset() == 0 ? 0 : count(criteria);
        return PageResponse.of(rows.stream().map(AlertQuery::toResponse).toList(), params, total);
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
    private PageResponse<AlertResponse> ownersPage(Filter criteria, PageParams params) {
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
        String sql = "with page as (" + OWNED_PAGE + filter.clause()
                + " order by g.due_date, g.kind, g.id limit :limit offset :offset) "
                + ALERT_LIST.formatted(", p.total") + " join page p on p.id = g.id order by g.due_date, g.kind, g.id";
        List<Object[]> rows = rows(
                sql, filter, Map.of("ownerId", criteria.ownerId(), "limit", params.size, "offset", params.offset()));
        return countedPage(rows, criteria, params);
    }

    /** Every matching alert as one list, for the few a member's diary feed shows. */
    public List<AlertResponse> all(Filter criteria) {
        return run(criteria, Integer.MAX_VALUE, 0, false).stream()
                .map(AlertQuery::toResponse)
                .toList();
    }

    /**
     * Every matching alert, for CSV, read through a cursor a batch at a time: an office's alerts at full size, held as
     * one list, would raise the service's memory with the office's size. Consume inside the export's transaction.
     */
    public Supplier<Stream<List<AlertResponse>>> batches(Filter criteria) {
        SqlFilter filter = filter(criteria);
        String sql = ALERT_LIST.formatted("") + filter.clause() + " order by g.due_date, g.kind, g.id";
        return () -> {
            Stream<?> rows = bindParameters(filter.bind(em.createNativeQuery(sql)))
                    .setHint(HibernateHints.HINT_FETCH_SIZE, CsvExport.CHUNK)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .getResultStream();
            return rows.map(row -> List.of(toResponse((Object[]) row)));
        };
    }

    public Optional<AlertResponse> find(UUID id) {
        return run(Filter.byId(id), 1, 0, false).stream()
                .map(AlertQuery::toResponse)
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
        String sql;
        SqlFilter filter = filter(c);
        if (officeWide(c)) {
            // Filter without the visibility condition; hidden = that filter plus "not visible".
            Filter shapeOnly = new Filter(null, c.kind(), c.severity(), null, null, null, c.dueBefore(), true, null);
            String shape = filter(shapeOnly).clause();
            String hidden = c.includeAcknowledged()
                    ? ""
                    : HIDDEN_PLAIN.formatted(
                            filter(shapeOnly).where("not " + VISIBLE).clause());
            sql = ALERT_COUNT_BY_DAY.formatted(shape, filter.clause(), hidden);
        } else {
            sql = ALERT_COUNT + filter.clause();
        }
        return ((Number) rows(sql, filter, Map.of()).get(0)[0]).longValue();
    }

    private List<Object[]> run(Filter criteria, int limit, int offset, boolean withTotal) {
        SqlFilter filter = filter(criteria);
        // Severity follows from the due date, so this is the documented order (due date, severity, kind, id), in
        // the form the due-date index serves.
        String sql = ALERT_LIST.formatted(withTotal ? ", count(*) over ()" : "") + filter.clause()
                + " order by g.due_date, g.kind, g.id limit :limit offset :offset";
        return rows(sql, filter, Map.of("limit", limit, "offset", offset));
    }

    /** The hot reads go through JdbcRows: Hibernate's per-call result mapping was a sixth of a page's JVM time. */
    private List<Object[]> rows(String sql, SqlFilter filter, Map<String, Object> more) {
        return JdbcRows.list(
                em,
                new SqlQuery(sql, filter.parameters()).with(settingParameters()).with(more));
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

    private static AlertResponse toResponse(Object[] row) {
        AlertSeverity severity = AlertSeverity.values()[((Number) row[2]).intValue() - 1];
        AlertResponse.Acknowledgement ack = row[12] == null
                ? null
                : new AlertResponse.Acknowledgement(
                        SqlValues.instant(row[12]),
                        (String) row[13],
                        (String) row[14],
                        row[15] == null ? null : AlertSeverity.valueOf((String) row[15]));
        AlertKind kind = AlertKind.valueOf((String) row[1]);
        return new AlertResponse(
                (UUID) row[0],
                kind,
                severity,
                SqlValues.date(row[3]),
                title(kind, (String) row[17], (String) row[5], (String) row[18]),
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

    /** The title of an alert, from its first stakeholder's name and its policy area's name. */
    private static String title(AlertKind kind, String who, String policyArea, String areaName) {
        String name = who == null ? "" : who;
        return switch (kind) {
            case BRIEFING_DUE -> "Brief " + name + " on " + (areaName == null ? policyArea : areaName);
            case CONTACT_DUE -> "Contact " + name;
            case MEETING_PREP_DUE -> "Prepare the briefing pack for the meeting with " + name;
            case FOLLOW_UP_DUE -> "Follow-up due from the interaction with " + name;
            case TERM_ENDING -> "Term ends for " + name;
            case POST_UNCOVERED -> "New holder " + name + " has no LEAD owner or no active plan";
        };
    }

    private static List<UUID> ids(String joined) {
        return joined == null || joined.isEmpty()
                ? List.of()
                : Arrays.stream(joined.split(",")).map(UUID::fromString).toList();
    }
}
