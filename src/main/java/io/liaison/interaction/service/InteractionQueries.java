package io.liaison.interaction.service;

import io.liaison.audit.SensitiveReadLog;
import io.liaison.common.csv.CsvSql;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.SortOrder;
import io.liaison.common.persistence.DerivedTables;
import io.liaison.common.persistence.ListQueries;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.persistence.SqlQuery;
import io.liaison.common.security.Caller;
import io.liaison.common.security.Roles;
import io.liaison.common.security.SensitiveContent;
import io.liaison.interaction.Classification;
import io.liaison.interaction.Interaction;
import io.liaison.interaction.InteractionRepository;
import io.liaison.interaction.InteractionStatus;
import io.liaison.interaction.InteractionType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Reading the interaction log: the office-wide list and every timeline, the CSV export, and one interaction as GET
 * answers it (sensitive text withheld by the one read rule). Writes are InteractionCommands'.
 */
@ApplicationScoped
public class InteractionQueries {

    static final Map<String, String> SORTS = new LinkedHashMap<>();
    private static final String DEFAULT_SORT = "-startsAt";

    static {
        SORTS.put("startsAt", "i.starts_at");
        SORTS.put("createdAt", "i.created_at");
        SORTS.put("updatedAt", "i.updated_at");
    }

    /**
     * Tenure t was running on the London date of the interaction linked by s, or ended that day: "held the post at
     * the time". A tenure runs [start, end), but the changeover day counts for the outgoing holder too, so that
     * morning's meeting with them stays on the post's timeline (the successor's that afternoon is there as well).
     * Written as a range of instants, from London midnight of the first day to London midnight after the end day,
     * over the start each link row carries (V18), so the stakeholder's interactions in a tenure come from one range
     * of the index (stakeholder_id, starts_at desc, interaction_id) without reading an interaction row.
     */
    private static final String HELD_ON_THE_DAY =
            " and s.starts_at >= cast(t.start_date as timestamp) at time zone 'Europe/London'"
                    + " and (t.end_date is null"
                    + " or s.starts_at < cast(t.end_date + 1 as timestamp) at time zone 'Europe/London')";

    /** The link rows s of interactions with a holder of post :postId on the day. */
    private static final String POST_HOLDERS_LINKS = " from tenure t"
            + " join interaction_stakeholder s on s.stakeholder_id = t.stakeholder_id"
            + " where t.post_id = :postId" + HELD_ON_THE_DAY;

    /** The link rows s of interactions with a holder of a post of organisation :organisationId on the day. */
    private static final String ORGANISATION_HOLDERS_LINKS = " from post o join tenure t on t.post_id = o.id"
            + " join interaction_stakeholder s on s.stakeholder_id = t.stakeholder_id"
            + " where o.organisation_id = :organisationId" + HELD_ON_THE_DAY;

    private final InteractionRepository interactions;
    private final ListQueries lists;
    private final SensitiveContent sensitive;
    private final Caller caller;
    private final InteractionViews views;
    private final SensitiveReadLog sensitiveReads;
    private final DerivedTables derivedTables;

    InteractionQueries(
            InteractionRepository interactions,
            ListQueries lists,
            SensitiveContent sensitive,
            Caller caller,
            InteractionViews views,
            SensitiveReadLog sensitiveReads,
            DerivedTables derivedTables) {
        this.interactions = interactions;
        this.lists = lists;
        this.sensitive = sensitive;
        this.caller = caller;
        this.views = views;
        this.sensitiveReads = sensitiveReads;
        this.derivedTables = derivedTables;
    }

    /**
     * Filters of the office-wide list and of every timeline. postId and organisationId match interactions with a
     * stakeholder who held the post (or a post of the organisation) on the day of the interaction, so a post's
     * history survives elections.
     */
    public record Filter(
            InteractionType type,
            InteractionStatus status,
            UUID stakeholderId,
            UUID organisationId,
            UUID postId,
            UUID attendeeId,
            String policyArea,
            Classification classification,
            Instant from,
            Instant to,
            String q) {}

    public PageResponse<InteractionView> list(Filter criteria, PageParams params) {
        if (isTimelineInItsOwnOrder(criteria, params)) {
            // Read off interaction_stakeholder's (stakeholder_id, starts_at desc, interaction_id) index (V18), without
            // looking up an interaction to sort it.
            TimelineLinks links = timelineLinks(criteria);
            return lists.pageOfIdColumn(
                    links.from(),
                    "x.interaction_id",
                    links.filter(),
                    "x.starts_at desc, x.interaction_id",
                    params,
                    ListQueries.Counting.WITH_THE_PAGE,
                    views::page);
        }
        return lists.pageOfIds(
                "interaction i",
                "i",
                filter(criteria, params),
                orderBy(params),
                params,
                narrowedToFew(criteria) ? ListQueries.Counting.WITH_THE_PAGE : ListQueries.Counting.SEPARATELY,
                views::page);
    }

    /**
     * A stakeholder's, a post's or an organisation's timeline, newest first, with nothing else to match: the commonest
     * lists of all.
     */
    private static boolean isTimelineInItsOwnOrder(Filter c, PageParams params) {
        boolean onlyOneOfThem = c.equals(new Filter(
                        null,
                        null,
                        c.stakeholderId(),
                        c.organisationId(),
                        c.postId(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                && Stream.of(c.stakeholderId(), c.organisationId(), c.postId())
                                .filter(Objects::nonNull)
                                .count()
                        == 1;
        return onlyOneOfThem
                && params.updatedSince == null
                && (params.sort == null
                        || params.sort.isBlank()
                        || params.sort.trim().equals(DEFAULT_SORT));
    }

    private record TimelineLinks(String from, SqlFilter filter) {}

    /**
     * The timeline's link rows as x (interaction_id, starts_at): a stakeholder's own, or those of a post's (an
     * organisation's posts') holders during their tenures, each interaction once however many holders it had.
     */
    private static TimelineLinks timelineLinks(Filter c) {
        if (c.stakeholderId() != null) {
            return new TimelineLinks(
                    "interaction_stakeholder x",
                    new SqlFilter().where("x.stakeholder_id = :stakeholderId", "stakeholderId", c.stakeholderId()));
        }
        return c.postId() != null
                ? new TimelineLinks(
                        "(select distinct s.interaction_id, s.starts_at" + POST_HOLDERS_LINKS + ") x",
                        new SqlFilter().param("postId", c.postId()))
                : new TimelineLinks(
                        "(select distinct s.interaction_id, s.starts_at" + ORGANISATION_HOLDERS_LINKS + ") x",
                        new SqlFilter().param("organisationId", c.organisationId()));
    }

    /**
     * Timelines (a stakeholder's, a post's, an organisation's, an attendee's) hold tens to a few thousand
     * interactions, found through subqueries: counted with the page, the subqueries run once. The office-wide log and
     * its broad filters are read in index order and stop at the page's last row, so they count on their own.
     */
    private static boolean narrowedToFew(Filter c) {
        return c.stakeholderId() != null || c.postId() != null || c.organisationId() != null || c.attendeeId() != null;
    }

    /**
     * The CSV export, one row an interaction with its names, areas and open follow-ups, with the sensitive-content
     * rule applied in the query (the same condition as SensitiveContent), for CsvExport.copy. Each part is gathered in
     * one ordered pass over its table and merge-joined, rather than looked up row by row or ordered inside each
     * aggregate; with a filter, only the chosen interactions' parts are read.
     */
    public Export export(Filter criteria, PageParams params) {
        SqlFilter filter = filter(criteria, params);
        SensitiveContent.ReadRule rule = sensitive.readRule("i");
        String hidden = rule.hiddenCondition();
        String chosen = filter.clause().isEmpty()
                ? ""
                : " where x.interaction_id in (select i.id from interaction i" + filter.clause() + ")";
        // string_agg keeps the order its input comes in: each list is ordered in its subquery, as the JSON orders it.
        String sql = """
                select i.id, i.type, i.status, %3$s as "startsAt", %4$s as "endsAt", i.title,
                       sn.names as stakeholders, an.names as attendees, pa.codes as "policyAreas", i.classification,
                       case when %1$s then 'true' else 'false' end as redacted,
                       case when %1$s then null else i.summary end as summary,
                       case when %1$s then null else i.outcome end as outcome,
                       case when %1$s then null else i.decisions end as decisions,
                       coalesce(fu.open, 0) as "openFollowUps", %5$s as "updatedAt",
                       i.location, i.online_meeting_url as "onlineMeetingUrl"
                from interaction i
                left join (select interaction_id, string_agg(name, ';') as names
                           from (select x.interaction_id, concat_ws(' ', s.honorific, s.first_name, s.last_name) as name
                                 from interaction_stakeholder x join stakeholder s on s.id = x.stakeholder_id%2$s
                                 order by x.interaction_id, s.last_name, s.first_name) ordered
                           group by 1) sn on sn.interaction_id = i.id
                left join (select interaction_id, string_agg(full_name, ';') as names
                           from (select x.interaction_id, m.full_name
                                 from interaction_attendee x join team_member m on m.id = x.team_member_id%2$s
                                 order by x.interaction_id, m.full_name) ordered
                           group by 1) an on an.interaction_id = i.id
                left join (select interaction_id, string_agg(policy_area_code, ';') as codes
                           from (select x.interaction_id, x.policy_area_code
                                 from interaction_policy_area x%2$s
                                 order by x.interaction_id, x.policy_area_code) ordered
                           group by 1) pa on pa.interaction_id = i.id
                left join (select f.interaction_id, count(*) as open from follow_up f where f.status = 'OPEN'
                           group by 1) fu on fu.interaction_id = i.id
                """.formatted(
                                hidden,
                                chosen,
                                CsvSql.londonTime("i.starts_at"),
                                CsvSql.londonTime("i.ends_at"),
                                CsvSql.instant("i.updated_at"))
                + filter.clause() + " order by " + orderBy(params);
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.putAll(rule.parameters());
        return new Export(new SqlQuery(sql, parameters), sensitiveReads.exported(filter, rule));
    }

    private SqlFilter filter(Filter c, PageParams params) {
        SqlFilter filter = new SqlFilter().standard(params, null, "i.updated_at");
        if (c.type() != null) {
            filter.where("i.type = :type", "type", c.type().name());
        }
        if (c.status() != null) {
            filter.where("i.status = :status", "status", c.status().name());
        }
        if (c.classification() != null) {
            filter.where(
                    "i.classification = :classification",
                    "classification",
                    c.classification().name());
        }
        if (c.stakeholderId() != null) {
            filter.where(
                    "exists (select 1 from interaction_stakeholder s where s.interaction_id = i.id"
                            + " and s.stakeholder_id = :stakeholderId)",
                    "stakeholderId",
                    c.stakeholderId());
        }
        if (c.attendeeId() != null) {
            // OFFSET 0 keeps the member's few thousand ids a set of their own: otherwise the planner walks the whole
            // log newest-first testing each row.
            filter.where(
                    "i.id in (select a.interaction_id from interaction_attendee a"
                            + " where a.team_member_id = :attendeeId offset 0)",
                    "attendeeId",
                    c.attendeeId());
        }
        if (c.policyArea() != null && !c.policyArea().isBlank()) {
            filter.where(
                    "exists (select 1 from interaction_policy_area p where p.interaction_id = i.id"
                            + " and p.policy_area_code = :policyArea)",
                    "policyArea",
                    c.policyArea());
        }
        // Post and organisation timelines start from the post's tenures and go out to the interactions, rather than
        // testing every interaction against the tenures.
        if (c.postId() != null) {
            filter.where("i.id in (select s.interaction_id" + POST_HOLDERS_LINKS + ")", "postId", c.postId());
        }
        if (c.organisationId() != null) {
            filter.where(
                    "i.id in (select s.interaction_id" + ORGANISATION_HOLDERS_LINKS + ")",
                    "organisationId",
                    c.organisationId());
        }
        if (c.from() != null) {
            filter.where("i.starts_at >= :from", "from", c.from());
        }
        if (c.to() != null) {
            filter.where("i.starts_at < :to", "to", c.to());
        }
        if (c.q() != null && !c.q().isBlank()) {
            filter.where("i.search @@ websearch_to_tsquery('english', :q)", "q", c.q().trim());
            if (!caller.hasRole(Roles.ADMIN)) {
                // A match in withheld text would reveal what it says: search it only where the caller may read it.
                UUID me = caller.teamMemberId().orElse(null);
                filter.where(
                        me == null
                                ? "i.classification = 'OFFICIAL'"
                                : "(i.classification = 'OFFICIAL'"
                                        + " or exists (select 1 from interaction_attendee a2 where a2.interaction_id = i.id"
                                        + " and a2.team_member_id = :me)"
                                        + " or exists (select 1 from interaction_stakeholder s2 join ownership o2"
                                        + " on o2.stakeholder_id = s2.stakeholder_id and o2.end_date is null"
                                        + " where s2.interaction_id = i.id and o2.team_member_id = :me))");
                if (me != null) {
                    filter.param("me", me);
                }
            }
        }
        return filter;
    }

    private static String orderBy(PageParams params) {
        return SortOrder.toSql(params, SORTS, DEFAULT_SORT, "i.id", "i.updated_at");
    }

    public Interaction get(UUID id) {
        return interactions.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Interaction", id));
    }

    /**
     * What a merge patch applies to: the writable fields as this caller may read them, the withheld text left out as
     * a GET leaves it out, so that a patch that does not mention it leaves it as it is.
     */
    public InteractionCommand patchable(UUID id) {
        InteractionCommand stored = InteractionCommand.of(get(id));
        return views.mayReadSensitive(id) ? stored : stored.withoutText();
    }

    public InteractionView view(UUID id) {
        return views.one(id).orElseThrow(() -> ApiProblem.notFound("Interaction", id));
    }

    /**
     * The response for an interaction this transaction holds, read as GET reads it: after a flush, and after the
     * derived tables it reads (its parts) have caught up with this transaction's writes.
     */
    public InteractionView response(Interaction interaction) {
        derivedTables.refreshNow();
        return view(interaction.getId());
    }

    /** The export's query, and what it must leave on record once its rows are written (its sensitive reads). */
    public record Export(SqlQuery query, Runnable afterwards) {}
}
