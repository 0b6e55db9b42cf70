package io.liaison.interaction.service;

import io.liaison.audit.AuditAction;
import io.liaison.audit.AuditLog;
import io.liaison.audit.SensitiveReadLog;
import io.liaison.common.csv.CsvSql;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.error.Violation;
import io.liaison.common.http.ETags;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.SortOrder;
import io.liaison.common.persistence.DerivedTables;
import io.liaison.common.persistence.Ids;
import io.liaison.common.persistence.ListQueries;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.persistence.SqlQuery;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.security.Caller;
import io.liaison.common.security.Roles;
import io.liaison.common.security.SensitiveContent;
import io.liaison.common.time.AppClock;
import io.liaison.interaction.Classification;
import io.liaison.interaction.FollowUp;
import io.liaison.interaction.FollowUpRepository;
import io.liaison.interaction.Interaction;
import io.liaison.interaction.InteractionRepository;
import io.liaison.interaction.InteractionStatus;
import io.liaison.interaction.InteractionType;
import io.liaison.interaction.rest.Completion;
import io.liaison.interaction.rest.InteractionRequest;
import io.liaison.interaction.rest.InteractionResponse;
import io.liaison.plan.EngagementPlan;
import io.liaison.plan.EngagementPlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

@ApplicationScoped
public class InteractionService {

    static final Map<String, String> SORTS = new LinkedHashMap<>();
    private static final String DEFAULT_SORT = "-startsAt";

    static {
        SORTS.put("startsAt", "i.starts_at");
        SORTS.put("createdAt", "i.created_at");
        SORTS.put("updatedAt", "i.updated_at");
    }

    /**
     * Tenure t was running on the London date of the interaction linked by s: "held the post at the time". Written as
     * a range of instants, from London midnight of the first day to London midnight of the day after the last, over
     * the start each link row carries (V18), so the stakeholder's interactions in a tenure come from one range of
     * the index (stakeholder_id, starts_at desc, interaction_id) without reading an interaction row.
     */
    private static final String HELD_ON_THE_DAY =
            " and s.starts_at >= cast(t.start_date as timestamp) at time zone 'Europe/London'"
                    + " and (t.end_date is null or s.starts_at < cast(t.end_date as timestamp) at time zone 'Europe/London')";

    /** The link rows s of interactions with a holder of post :postId on the day. */
    private static final String POST_HOLDERS_LINKS = " from tenure t"
            + " join interaction_stakeholder s on s.stakeholder_id = t.stakeholder_id"
            + " where t.post_id = :postId" + HELD_ON_THE_DAY;

    /** The link rows s of interactions with a holder of a post of organisation :organisationId on the day. */
    private static final String ORGANISATION_HOLDERS_LINKS = " from post o join tenure t on t.post_id = o.id"
            + " join interaction_stakeholder s on s.stakeholder_id = t.stakeholder_id"
            + " where o.organisation_id = :organisationId" + HELD_ON_THE_DAY;

    private final InteractionRepository interactions;
    private final FollowUpRepository followUps;
    private final EngagementPlanRepository plans;
    private final ListQueries lists;
    private final SqlRunner sql;
    private final SensitiveContent sensitive;
    private final Caller caller;
    private final AuditLog audit;
    private final AppClock clock;
    private final DerivedTables derivedTables;
    private final InteractionViews views;
    private final SensitiveReadLog sensitiveReads;

    InteractionService(
            InteractionRepository interactions,
            FollowUpRepository followUps,
            EngagementPlanRepository plans,
            ListQueries lists,
            SqlRunner sql,
            SensitiveContent sensitive,
            Caller caller,
            AuditLog audit,
            AppClock clock,
            DerivedTables derivedTables,
            InteractionViews views,
            SensitiveReadLog sensitiveReads) {
        this.interactions = interactions;
        this.followUps = followUps;
        this.plans = plans;
        this.lists = lists;
        this.sql = sql;
        this.sensitive = sensitive;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.derivedTables = derivedTables;
        this.views = views;
        this.sensitiveReads = sensitiveReads;
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

    public PageResponse<InteractionResponse> list(Filter criteria, PageParams params) {
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
                       coalesce(fu.open, 0) as "openFollowUps", %5$s as "updatedAt"
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
    public InteractionRequest patchable(UUID id) {
        InteractionRequest stored = InteractionRequest.from(get(id));
        if (views.mayReadSensitive(id)) {
            return stored;
        }
        return new InteractionRequest(
                stored.type(),
                stored.status(),
                stored.startsAt(),
                stored.endsAt(),
                stored.title(),
                stored.stakeholderIds(),
                stored.attendeeIds(),
                stored.planId(),
                stored.policyAreas(),
                null,
                null,
                null,
                stored.classification(),
                stored.briefingPackReady(),
                null);
    }

    public InteractionResponse view(UUID id) {
        return views.one(id).orElseThrow(() -> ApiProblem.notFound("Interaction", id));
    }

    /**
     * The response for an interaction this transaction holds, read as GET reads it: after a flush, and after the
     * derived tables it reads (its parts) have caught up with this transaction's writes.
     */
    public InteractionResponse response(Interaction interaction) {
        derivedTables.refreshNow();
        return view(interaction.getId());
    }

    /** The export's query, and what it must leave on record once its rows are written (its sensitive reads). */
    public record Export(SqlQuery query, Runnable afterwards) {}

    @Transactional
    public InteractionResponse log(InteractionRequest request) {
        requireMayLogFor(request.stakeholderIds());
        Interaction interaction = new Interaction();
        apply(interaction, request, Set.of());
        interactions.persist(interaction);
        interactions.flush();
        List<InteractionRequest.FollowUpRequest> actions =
                request.followUps() == null ? List.of() : request.followUps();
        for (int i = 0; i < actions.size(); i++) {
            addFollowUp(interaction, actions.get(i), "followUps[" + i + "].assigneeId");
        }
        audit.record(
                "interaction", interaction.getId(), AuditAction.CREATE, null, InteractionRequest.from(interaction));
        return response(interaction);
    }

    @Transactional
    public InteractionResponse update(UUID id, String ifMatch, InteractionRequest request) {
        Interaction interaction = get(id);
        boolean mayRead = views.mayReadSensitive(id);
        // A body built from a record read with its text withheld, sent by a caller who may read it now, would clear
        // that text: they must read it again first (412).
        ETags.requireMatch(ifMatch, interaction.getVersion(), !mayRead);
        requireMayEdit(interaction);
        if (request.followUps() != null && !request.followUps().isEmpty()) {
            throw ApiProblem.invalid(
                    "followUps",
                    "add follow-ups to an existing interaction at /interactions/{interactionId}/follow-ups");
        }
        requireAllowedMove(interaction.getStatus(), request.status());
        InteractionRequest change = mayRead ? request : keepingWithheldText(interaction, request);
        requireNoSelfAttendanceAfterTheFact(interaction, change);
        requireMayLogForAdded(interaction, change.stakeholderIds());
        InteractionRequest before = InteractionRequest.from(interaction);
        apply(interaction, change, interaction.getStakeholderIds());
        interactions.flush();
        audit.record("interaction", id, AuditAction.UPDATE, before, InteractionRequest.from(interaction));
        return response(interaction);
    }

    @Transactional
    public InteractionResponse complete(UUID id, String ifMatch, Completion completion) {
        Interaction interaction = get(id);
        // Completion never clears text (what it leaves out stays): the ETag of a withheld read will do.
        ETags.requireMatch(ifMatch, interaction.getVersion(), true);
        requireMayEdit(interaction);
        requireAllowedMove(interaction.getStatus(), InteractionStatus.COMPLETED);
        if (completion != null && !views.mayReadSensitive(id)) {
            requireNoWithheldText(completion.summary(), completion.outcome(), completion.decisions(), null);
        }
        if (interaction.getStartsAt().isAfter(clock.now())) {
            throw ApiProblem.conflict(
                    "startsAt",
                    "an interaction that has not started yet cannot be completed;" + " reschedule it first");
        }
        InteractionRequest before = InteractionRequest.from(interaction);
        interaction.setStatus(InteractionStatus.COMPLETED);
        if (completion != null) {
            if (completion.outcome() != null) {
                interaction.setOutcome(completion.outcome());
            }
            if (completion.decisions() != null) {
                interaction.setDecisions(completion.decisions());
            }
            if (completion.summary() != null) {
                interaction.setSummary(completion.summary());
            }
            if (completion.endsAt() != null) {
                Instant ends = completion.endsAt().toInstant();
                if (ends.isBefore(interaction.getStartsAt())) {
                    throw ApiProblem.invalid("endsAt", "must not be before startsAt");
                }
                interaction.setEndsAt(ends);
            }
        }
        interaction.touch(clock.now());
        interactions.flush();
        audit.record("interaction", id, AuditAction.UPDATE, before, InteractionRequest.from(interaction));
        return response(interaction);
    }

    @Transactional
    public InteractionResponse cancel(UUID id, String ifMatch) {
        Interaction interaction = get(id);
        ETags.requireMatch(ifMatch, interaction.getVersion(), true);
        requireMayEdit(interaction);
        requireAllowedMove(interaction.getStatus(), InteractionStatus.CANCELLED);
        InteractionStatus before = interaction.getStatus();
        interaction.setStatus(InteractionStatus.CANCELLED);
        interaction.touch(clock.now());
        interactions.flush();
        audit.record(
                "interaction",
                id,
                AuditAction.UPDATE,
                Map.of("status", before),
                Map.of("status", InteractionStatus.CANCELLED));
        return response(interaction);
    }

    /** For the follow-up service: the interaction exists and the caller may change it. */
    public Interaction editable(UUID id) {
        Interaction interaction = get(id);
        requireMayEdit(interaction);
        return interaction;
    }

    /** Creates a follow-up within the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public FollowUp addFollowUp(Interaction interaction, InteractionRequest.FollowUpRequest body, String field) {
        requireMember(body.assigneeId(), field);
        FollowUp followUp = new FollowUp(interaction);
        followUp.setDescription(body.description().trim());
        followUp.setAssigneeId(body.assigneeId());
        followUp.setDueDate(body.dueDate());
        followUp.touch(clock.now());
        followUps.persist(followUp);
        followUps.flush();
        audit.record(
                "follow-up",
                followUp.getId(),
                AuditAction.CREATE,
                null,
                Map.of(
                        "interactionId", interaction.getId().toString(),
                        "description", followUp.getDescription(),
                        "assigneeId", followUp.getAssigneeId().toString(),
                        "dueDate", followUp.getDueDate().toString()));
        return followUp;
    }

    /**
     * The request as it may apply: a caller who may not read the stored interaction's sensitive text (it is withheld
     * from them) may not change it or its classification either. What they send for those fields is ignored when null
     * or absent, as a record read back redacted and saved again sends it; anything else is 403 naming every such
     * field, so saving a redacted record never wipes what its readers wrote.
     */
    private static InteractionRequest keepingWithheldText(Interaction stored, InteractionRequest request) {
        requireNoWithheldText(
                request.summary(),
                request.outcome(),
                request.decisions(),
                request.classification() == stored.getClassification() ? null : request.classification());
        return new InteractionRequest(
                request.type(),
                request.status(),
                request.startsAt(),
                request.endsAt(),
                request.title(),
                request.stakeholderIds(),
                request.attendeeIds(),
                request.planId(),
                request.policyAreas(),
                stored.getSummary(),
                stored.getOutcome(),
                stored.getDecisions(),
                stored.getClassification(),
                request.briefingPackReady(),
                request.followUps());
    }

    private static void requireNoWithheldText(
            String summary, String outcome, String decisions, Classification classification) {
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("summary", summary);
        sent.put("outcome", outcome);
        sent.put("decisions", decisions);
        sent.put("classification", classification);
        List<Violation> refused = sent.entrySet().stream()
                .filter(field -> field.getValue() != null)
                .map(field -> new Violation(
                        field.getKey(),
                        "you may not read this OFFICIAL_SENSITIVE interaction's text, so you may not change it"))
                .toList();
        if (!refused.isEmpty()) {
            throw ApiProblem.forbidden(
                    "you may not change text you may not read: "
                            + String.join(
                                    ", ", refused.stream().map(Violation::field).toList()),
                    refused);
        }
    }

    /**
     * Nobody but ADMIN adds themselves to an interaction that is not still ahead (completed, cancelled, or completed
     * by this very change): they were not there, and an attendee reads its sensitive text unrecorded.
     */
    private void requireNoSelfAttendanceAfterTheFact(Interaction stored, InteractionRequest change) {
        boolean stillAhead =
                stored.getStatus() == InteractionStatus.SCHEDULED && change.status() == InteractionStatus.SCHEDULED;
        if (stillAhead || caller.hasRole(Roles.ADMIN)) {
            return;
        }
        UUID me = caller.teamMemberId().orElse(null);
        List<UUID> attendeesAfter = change.attendeeIds();
        if (me != null
                && attendeesAfter != null
                && attendeesAfter.contains(me)
                && !stored.getAttendeeIds().contains(me)) {
            int index = attendeesAfter.indexOf(me);
            throw ApiProblem.forbidden(
                    "you cannot add yourself as an attendee of an interaction that has taken place or was cancelled:"
                            + " you were not there",
                    List.of(new Violation("attendeeIds[" + index + "]", "you cannot add yourself after the fact")));
        }
    }

    /**
     * An APPOINTEE's change is held to the rule their POST is: every stakeholder the interaction gains must be one
     * they own, so nobody moves a record to a stakeholder they could not have logged it for.
     */
    private void requireMayLogForAdded(Interaction stored, List<UUID> stakeholdersAfter) {
        List<UUID> added = stakeholdersAfter.stream()
                .filter(id -> !stored.getStakeholderIds().contains(id))
                .toList();
        if (!added.isEmpty()) {
            requireMayLogFor(added);
        }
    }

    private static void requireAllowedMove(InteractionStatus from, InteractionStatus to) {
        if (from == to) {
            return;
        }
        if (from != InteractionStatus.SCHEDULED) {
            throw ApiProblem.conflict("status", "a " + from + " interaction cannot become " + to);
        }
    }

    /** APPOINTEEs log only for stakeholders they own (LEAD or SUPPORT); EDITOR and ADMIN for anyone. */
    private void requireMayLogFor(List<UUID> stakeholderIds) {
        if (caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.EDITOR)) {
            return;
        }
        UUID me = caller.teamMemberId()
                .orElseThrow(() ->
                        ApiProblem.forbidden("your login is not linked to a team member, so you own no stakeholders"));
        long owned = sql.one(
                Long.class,
                "select count(distinct stakeholder_id) from ownership"
                        + " where team_member_id = :me and end_date is null and stakeholder_id = any(:ids)",
                Map.of("me", me, "ids", Ids.array(new HashSet<>(stakeholderIds))));
        if (owned < new HashSet<>(stakeholderIds).size()) {
            throw ApiProblem.forbidden("you may log interactions only for stakeholders you own (LEAD or SUPPORT)");
        }
    }

    /** APPOINTEEs edit only the interactions they attend. */
    private void requireMayEdit(Interaction interaction) {
        if (caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.EDITOR)) {
            return;
        }
        UUID me = caller.teamMemberId().orElse(null);
        if (me == null || !interaction.getAttendeeIds().contains(me)) {
            throw ApiProblem.forbidden("you may change only the interactions you attend");
        }
    }

    private void apply(Interaction interaction, InteractionRequest request, Set<UUID> alreadyLinked) {
        Instant starts = request.startsAt().toInstant();
        Instant ends = request.endsAt() == null ? null : request.endsAt().toInstant();
        if (ends != null && ends.isBefore(starts)) {
            throw ApiProblem.invalid("endsAt", "must not be before startsAt");
        }
        if (request.status() == InteractionStatus.COMPLETED && starts.isAfter(clock.now())) {
            throw ApiProblem.invalid("startsAt", "a COMPLETED interaction cannot start in the future");
        }
        if (Boolean.TRUE.equals(request.briefingPackReady()) && !request.type().needsBriefingPack()) {
            throw ApiProblem.invalid("briefingPackReady", "only meetings and visits have a briefing pack");
        }
        List<UUID> stakeholderIds = List.copyOf(new LinkedHashSet<>(request.stakeholderIds()));
        List<UUID> attendeeIds =
                request.attendeeIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.attendeeIds()));
        Set<String> areas = request.policyAreas() == null ? Set.of() : new LinkedHashSet<>(request.policyAreas());
        References found = references(stakeholderIds, attendeeIds, areas);
        checkStakeholders(stakeholderIds, alreadyLinked, found.stakeholderStatus());
        for (int i = 0; i < attendeeIds.size(); i++) {
            if (!found.members().contains(attendeeIds.get(i))) {
                throw unknownMember(attendeeIds.get(i), "attendeeIds[" + i + "]");
            }
        }
        if (request.planId() != null) {
            EngagementPlan plan = plans.findByIdOptional(request.planId())
                    .orElseThrow(
                            () -> ApiProblem.unprocessable("planId", "plan " + request.planId() + " does not exist"));
            if (!stakeholderIds.contains(plan.getStakeholder().getId())) {
                throw ApiProblem.unprocessable("planId", "the plan is for a stakeholder not in stakeholderIds");
            }
        }
        Set<String> unknown = new TreeSet<>(areas);
        unknown.removeAll(found.areas());
        if (!unknown.isEmpty()) {
            throw ApiProblem.unprocessable("policyAreas", "unknown policy area codes: " + String.join(", ", unknown));
        }
        interaction.setType(request.type());
        interaction.setStatus(request.status());
        interaction.setStartsAt(starts);
        interaction.setEndsAt(ends);
        interaction.setTitle(request.title());
        interaction.setPlanId(request.planId());
        interaction.setSummary(request.summary());
        interaction.setOutcome(request.outcome());
        interaction.setDecisions(request.decisions());
        interaction.setClassification(
                request.classification() == null ? Classification.OFFICIAL : request.classification());
        interaction.setBriefingPackReady(request.type().needsBriefingPack() ? request.briefingPackReady() : null);
        Interaction.replace(interaction.getStakeholderIds(), stakeholderIds);
        Interaction.replace(interaction.getAttendeeIds(), attendeeIds);
        Interaction.replace(interaction.getPolicyAreas(), areas);
        interaction.touch(clock.now());
    }

    /** What an interaction links to, as stored: its stakeholders' statuses, the attendees and areas that exist. */
    private record References(Map<UUID, String> stakeholderStatus, Set<UUID> members, Set<String> areas) {}

    /** One reference found: a stakeholder (s) with its status, a team member (m), or a policy area's code (a). */
    record Reference(String kind, UUID id, String value) {}

    /**
     * All of an interaction's references in one statement, so that a meeting with many attendees does not ask about
     * them one by one.
     */
    private References references(List<UUID> stakeholderIds, List<UUID> attendeeIds, Set<String> areas) {
        List<Reference> found = sql.list(
                Reference.class,
                """
                select 's' as kind, s.id, s.status as value from stakeholder s where s.id = any(:stakeholders)
                union all
                select 'm', m.id, null from team_member m where m.id = any(:members)
                union all
                select 'a', null, p.code from policy_area p where p.code = any(:areas)
                """,
                Map.of(
                        "stakeholders", Ids.array(stakeholderIds),
                        "members", Ids.array(attendeeIds),
                        "areas", areas.toArray(String[]::new)));
        Map<UUID, String> stakeholderStatus = new HashMap<>();
        Set<UUID> members = new HashSet<>();
        Set<String> knownAreas = new HashSet<>();
        for (Reference reference : found) {
            switch (reference.kind()) {
                case "s" -> stakeholderStatus.put(reference.id(), reference.value());
                case "m" -> members.add(reference.id());
                default -> knownAreas.add(reference.value());
            }
        }
        return new References(stakeholderStatus, members, knownAreas);
    }

    /** Unknown stakeholders are 422; archived ones cannot be newly linked (those already linked stay). */
    private void checkStakeholders(List<UUID> ids, Set<UUID> alreadyLinked, Map<UUID, String> status) {
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            if (!status.containsKey(id)) {
                throw ApiProblem.unprocessable("stakeholderIds[" + i + "]", "stakeholder " + id + " does not exist");
            }
            if ("ARCHIVED".equals(status.get(id)) && !alreadyLinked.contains(id)) {
                throw ApiProblem.unprocessable(
                        "stakeholderIds[" + i + "]",
                        "stakeholder " + id + " is archived and cannot get new interactions");
            }
        }
    }

    private void requireMember(UUID id, String field) {
        long found = sql.one(Long.class, "select count(*) from team_member where id = :id", Map.of("id", id));
        if (found == 0) {
            throw unknownMember(id, field);
        }
    }

    private static ApiProblem unknownMember(UUID id, String field) {
        return ApiProblem.unprocessable(field, "team member " + id + " does not exist");
    }
}
