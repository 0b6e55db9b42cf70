package io.liaison.interaction.service;

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
import io.liaison.common.security.Caller;
import io.liaison.common.security.Roles;
import io.liaison.common.time.AppClock;
import io.liaison.interaction.FollowUp;
import io.liaison.interaction.FollowUpRepository;
import io.liaison.interaction.FollowUpStatus;
import io.liaison.interaction.Interaction;
import io.liaison.team.TeamMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
public class FollowUpService {

    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("dueDate", "f.due_date");
        SORTS.put("createdAt", "f.created_at");
        SORTS.put("updatedAt", "f.updated_at");
    }

    private static final List<String> CSV_HEADER = List.of(
            "id",
            "interactionId",
            "description",
            "assigneeId",
            "assigneeName",
            "dueDate",
            "status",
            "doneAt",
            "createdAt",
            "updatedAt");

    private final ListQueries.Listing<FollowUp, FollowUpView> listing =
            new ListQueries.Listing<>(FollowUp.class, "follow_up f", this::views);

    private final FollowUpRepository followUps;
    private final InteractionCommands interactions;
    private final ListQueries lists;
    private final SqlRunner sql;
    private final EntityManager em;
    private final Caller caller;
    private final AuditLog audit;
    private final AppClock clock;

    FollowUpService(
            FollowUpRepository followUps,
            InteractionCommands interactions,
            ListQueries lists,
            SqlRunner sql,
            EntityManager em,
            Caller caller,
            AuditLog audit,
            AppClock clock) {
        this.followUps = followUps;
        this.interactions = interactions;
        this.lists = lists;
        this.sql = sql;
        this.em = em;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** A team member's follow-ups, OPEN by default, soonest due first. */
    public PageResponse<FollowUpView> ofAssignee(UUID assigneeId, FollowUpStatus status, PageParams params) {
        if (em.find(TeamMember.class, assigneeId) == null) {
            throw ApiProblem.notFound("Team member", assigneeId);
        }
        return list(new Filter(status == null ? FollowUpStatus.OPEN : status, assigneeId, null, null, null), params);
    }

    /**
     * The office's follow-ups, whoever they are assigned to. Every status unless one is asked for, so that a sync by
     * updatedSince also sees those marked done.
     */
    public record Filter(
            FollowUpStatus status, UUID assigneeId, UUID interactionId, UUID stakeholderId, LocalDate dueBy) {}

    public PageResponse<FollowUpView> list(Filter criteria, PageParams params) {
        return lists.page(listing, filter(criteria, params), orderBy(params), params);
    }

    /** Every matching follow-up as CSV rows; a bad sort fails here, before the response starts. */
    public CsvRows<FollowUpView> csvRows(Filter criteria, PageParams params) {
        SqlFilter filter = filter(criteria, params);
        String orderBy = orderBy(params);
        return new CsvRows<>(
                CSV_HEADER,
                () -> lists.batches(listing, filter, orderBy, CsvExport.CHUNK),
                f -> java.util.Arrays.asList(
                        f.id(),
                        f.interactionId(),
                        f.description(),
                        f.assigneeId(),
                        f.assigneeName(),
                        f.dueDate(),
                        f.status(),
                        f.doneAt(),
                        f.createdAt(),
                        f.updatedAt()));
    }

    private static SqlFilter filter(Filter criteria, PageParams params) {
        SqlFilter filter = new SqlFilter().standard(params, null, "f.updated_at");
        if (criteria.status() != null) {
            filter.where("f.status = :status", "status", criteria.status().name());
        }
        if (criteria.assigneeId() != null) {
            filter.where("f.assignee_id = :assigneeId", "assigneeId", criteria.assigneeId());
        }
        if (criteria.interactionId() != null) {
            filter.where("f.interaction_id = :interactionId", "interactionId", criteria.interactionId());
        }
        if (criteria.stakeholderId() != null) {
            filter.where(
                    "exists (select 1 from interaction_stakeholder x where x.interaction_id = f.interaction_id"
                            + " and x.stakeholder_id = :stakeholderId)",
                    "stakeholderId",
                    criteria.stakeholderId());
        }
        if (criteria.dueBy() != null) {
            filter.where("f.due_date <= :dueBy", "dueBy", criteria.dueBy());
        }
        return filter;
    }

    private static String orderBy(PageParams params) {
        return SortOrder.toSql(params, SORTS, "dueDate", "f.id", "f.updated_at");
    }

    /** The OPEN follow-ups of interactions with each of these stakeholders, soonest due first, in one query. */
    public Map<UUID, List<FollowUpView>> openByStakeholder(Collection<UUID> stakeholderIds) {
        Map<UUID, List<FollowUpView>> open = new HashMap<>();
        if (stakeholderIds.isEmpty()) {
            return open;
        }
        em.createQuery(
                        "select s as stakeholderId, f as followUp from FollowUp f join f.interaction i"
                                + " join i.stakeholderIds s where s in :ids and f.status = :open order by f.dueDate, f.id",
                        Tuple.class)
                .setParameter("ids", stakeholderIds)
                .setParameter("open", FollowUpStatus.OPEN)
                .getResultList()
                .forEach(row -> open.computeIfAbsent(row.get("stakeholderId", UUID.class), k -> new ArrayList<>())
                        .add(view(row.get("followUp", FollowUp.class))));
        return open;
    }

    /** A follow-up as answered, with its assignee's name. */
    public FollowUpView view(FollowUp followUp) {
        TeamMember assignee = em.find(TeamMember.class, followUp.getAssigneeId());
        return FollowUpView.from(followUp, assignee == null ? null : assignee.getFullName());
    }

    /** Follow-ups as answered; each assignee is read once (the session keeps them). */
    private List<FollowUpView> views(List<FollowUp> followUps) {
        return followUps.stream().map(this::view).toList();
    }

    public FollowUp get(UUID id) {
        return followUps.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Follow-up", id));
    }

    @Transactional
    public FollowUp add(UUID interactionId, NewFollowUp body) {
        Interaction interaction = interactions.editable(interactionId);
        FollowUp added = interactions.addFollowUp(interaction, body, "assigneeId");
        touchInteraction(interactionId, added.getUpdatedAt());
        return added;
    }

    /**
     * A follow-up's change is a change to its interaction too, for a sync by updatedSince, but not to its version:
     * whoever is editing the interaction itself must not get a 412 because an action on it was marked done. (SQL, as
     * the entity's version would move with any change to it.)
     */
    private void touchInteraction(UUID interactionId, Instant now) {
        sql.update(
                "update interaction set updated_at = :now where id = :id and updated_at < :now",
                Map.of("id", interactionId, "now", now));
    }

    /** EDITOR and ADMIN change anything; an APPOINTEE may only mark their own follow-ups done (or open again). */
    @Transactional
    public FollowUp update(UUID id, ExpectedVersion expected, FollowUpDetails update) {
        FollowUp followUp = get(id);
        expected.requireCurrent(followUp.getVersion());
        FollowUpDetails before = FollowUpDetails.of(followUp);
        if (!caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.EDITOR)) {
            boolean own =
                    caller.teamMemberId().map(followUp.getAssigneeId()::equals).orElse(false);
            boolean onlyStatus = Objects.equals(before.description(), update.description())
                    && Objects.equals(before.assigneeId(), update.assigneeId())
                    && Objects.equals(before.dueDate(), update.dueDate());
            if (!own || !onlyStatus) {
                throw ApiProblem.forbidden("you may only mark your own follow-ups done");
            }
        }
        if (em.find(TeamMember.class, update.assigneeId()) == null) {
            throw ApiProblem.unprocessable("assigneeId", "team member " + update.assigneeId() + " does not exist");
        }
        followUp.setDescription(update.description().trim());
        followUp.setAssigneeId(update.assigneeId());
        followUp.setDueDate(update.dueDate());
        followUp.setStatus(update.status(), clock.now());
        followUp.touch(clock.now());
        followUps.flush();
        touchInteraction(followUp.getInteraction().getId(), followUp.getUpdatedAt());
        audit.record("follow-up", id, AuditAction.UPDATE, before, FollowUpDetails.of(followUp));
        return followUp;
    }

    /** For handovers: reassigns in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reassign(FollowUp followUp, UUID newAssignee) {
        UUID before = followUp.getAssigneeId();
        followUp.setAssigneeId(newAssignee);
        followUp.touch(clock.now());
        touchInteraction(followUp.getInteraction().getId(), followUp.getUpdatedAt());
        audit.record(
                "follow-up",
                followUp.getId(),
                AuditAction.UPDATE,
                Map.of("assigneeId", before),
                Map.of("assigneeId", newAssignee));
    }

    public List<FollowUp> openOfAssigneeForUpdate(UUID assigneeId) {
        return followUps.openOfAssigneeForUpdate(assigneeId);
    }
}
