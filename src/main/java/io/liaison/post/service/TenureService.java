package io.liaison.post.service;

import io.liaison.audit.AuditAction;
import io.liaison.audit.AuditLog;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.http.ExpectedVersion;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.SortOrder;
import io.liaison.common.persistence.ListQueries;
import io.liaison.common.persistence.RecordStatus;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.time.AppClock;
import io.liaison.post.Post;
import io.liaison.post.Tenure;
import io.liaison.post.TenureRepository;
import io.liaison.stakeholder.Stakeholder;
import io.liaison.stakeholder.StakeholderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Appointing holders to posts and ending their tenures; overlaps are refused by the database (409). */
@ApplicationScoped
public class TenureService {

    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("startDate", "t.start_date");
        SORTS.put("endDate", "t.end_date");
    }

    private final PostService posts;
    private final TenureRepository tenures;
    private final StakeholderRepository stakeholders;
    private final ListQueries lists;
    private final AppClock clock;

    private final AuditLog audit;

    TenureService(
            PostService posts,
            TenureRepository tenures,
            StakeholderRepository stakeholders,
            ListQueries lists,
            AppClock clock,
            AuditLog audit) {
        this.audit = audit;
        this.posts = posts;
        this.tenures = tenures;
        this.stakeholders = stakeholders;
        this.lists = lists;
        this.clock = clock;
    }

    /** A post's holder history, newest first by default. */
    public PageResponse<TenureView> history(UUID postId, PageParams params) {
        posts.get(postId);
        LocalDate today = clock.today();
        SqlFilter filter =
                new SqlFilter().standard(params, null, "t.updated_at").where("t.post_id = :postId", "postId", postId);
        String orderBy = SortOrder.toSql(params, SORTS, "-startDate", "t.id", "t.updated_at");
        return lists.page(
                Tenure.class,
                "tenure t",
                "t",
                filter,
                orderBy,
                params,
                rows -> rows.stream().map(t -> TenureView.from(t, today)).toList());
    }

    public Tenure get(UUID postId, UUID tenureId) {
        return tenures.findByIdOptional(tenureId)
                .filter(t -> t.getPost().getId().equals(postId))
                .orElseThrow(() -> ApiProblem.notFound("Tenure", tenureId));
    }

    public TenureView response(Tenure tenure) {
        return TenureView.from(tenure, clock.today());
    }

    @Transactional
    public Tenure appoint(UUID postId, NewTenure request) {
        Post post = posts.get(postId);
        if (post.getStatus() == RecordStatus.ARCHIVED) {
            throw ApiProblem.conflict(null, "The post is archived; unarchive it before appointing a holder");
        }
        Stakeholder holder = stakeholders
                .findByIdOptional(request.stakeholderId())
                .orElseThrow(() -> ApiProblem.unprocessable(
                        "stakeholderId", "stakeholder " + request.stakeholderId() + " does not exist"));
        if (holder.getStatus() == RecordStatus.ARCHIVED) {
            throw ApiProblem.unprocessable("stakeholderId", "stakeholder " + holder.getId() + " is archived");
        }
        requireOrdered(request.startDate(), request.endDate());
        requireNoOverlap(postId, null, request.startDate(), request.endDate());
        Tenure tenure = new Tenure(post, holder, request.startDate(), request.endDate());
        tenure.touch(clock.now());
        // The stakeholder's current posts changed: incremental sync must see it.
        holder.touch(clock.now());
        tenures.persist(tenure);
        tenures.flush();
        audit.record("tenure", tenure.getId(), AuditAction.CREATE, null, response(tenure));
        return tenure;
    }

    @Transactional
    public Tenure changeDates(UUID postId, UUID tenureId, ExpectedVersion expected, TenureRange dates) {
        Tenure tenure = get(postId, tenureId);
        expected.requireCurrent(tenure.getVersion());
        requireOrdered(dates.startDate(), dates.endDate());
        requireNoOverlap(postId, tenureId, dates.startDate(), dates.endDate());
        TenureRange before = TenureRange.of(tenure);
        tenure.setStartDate(dates.startDate());
        tenure.setEndDate(dates.endDate());
        tenure.touch(clock.now());
        tenure.getStakeholder().touch(clock.now());
        tenures.flush();
        audit.record("tenure", tenureId, AuditAction.UPDATE, before, TenureRange.of(tenure));
        return tenure;
    }

    /** For a succession: the tenure ends on {@code date} (its first day without the holder), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Tenure endOn(Tenure tenure, LocalDate date) {
        TenureRange before = TenureRange.of(tenure);
        tenure.setEndDate(date);
        tenure.touch(clock.now());
        tenure.getStakeholder().touch(clock.now());
        tenures.flush();
        audit.record("tenure", tenure.getId(), AuditAction.UPDATE, before, TenureRange.of(tenure));
        return tenure;
    }

    /** Removes a tenure recorded by mistake; a tenure that really ended is ended with an end date instead. */
    @Transactional
    public void delete(UUID postId, UUID tenureId, ExpectedVersion expected) {
        Tenure tenure = get(postId, tenureId);
        expected.requireCurrent(tenure.getVersion());
        tenure.getStakeholder().touch(clock.now());
        TenureView before = response(tenure);
        tenures.delete(tenure);
        tenures.flush();
        audit.record("tenure", tenureId, AuditAction.DELETE, before, null);
    }

    /**
     * 409 naming the tenure in the way and its holder, so the caller knows which tenure to end (the database's
     * exclusion constraint stays the guard against two requests racing past this check).
     */
    private void requireNoOverlap(UUID postId, UUID except, LocalDate start, LocalDate end) {
        tenures.overlapping(postId, except, start, end).ifPresent(other -> {
            throw ApiProblem.conflict(
                    "startDate",
                    "the post already has a holder in this period: "
                            + other.getStakeholder().getDisplayName()
                            + " (tenure " + other.getId() + ", from " + other.getStartDate()
                            + (other.getEndDate() == null ? ", open-ended" : " until " + other.getEndDate())
                            + "); end that tenure first (its endDate is the first day it no longer runs), or"
                            + " choose dates outside it");
        });
    }

    private static void requireOrdered(LocalDate start, LocalDate end) {
        if (end != null && !end.isAfter(start)) {
            throw ApiProblem.invalid("endDate", "must be after startDate (the end date is exclusive)");
        }
    }
}
