package io.liaison.post.service;

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
import io.liaison.common.persistence.RecordStatus;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.time.AppClock;
import io.liaison.organisation.Organisation;
import io.liaison.organisation.OrganisationRepository;
import io.liaison.post.Post;
import io.liaison.post.PostRepository;
import io.liaison.post.Tenure;
import io.liaison.post.TenureRepository;
import io.liaison.stakeholder.PostCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class PostService {

    private static final List<String> CSV_HEADER = List.of(
            "id",
            "organisationId",
            "organisation",
            "title",
            "category",
            "constituency",
            "ward",
            "portfolio",
            "status",
            "currentHolderId",
            "currentHolder",
            "currentHolderSince",
            "updatedAt");

    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("title", "lower(p.title)");
        SORTS.put("category", "p.category");
        SORTS.put("organisation", "(select lower(o.name) from organisation o where o.id = p.organisation_id)");
        SORTS.put("createdAt", "p.created_at");
        SORTS.put("updatedAt", "p.updated_at");
    }

    private final PostRepository posts;
    private final TenureRepository tenures;
    private final OrganisationRepository organisations;
    private final ListQueries lists;
    private final AppClock clock;

    private final AuditLog audit;

    PostService(
            PostRepository posts,
            TenureRepository tenures,
            OrganisationRepository organisations,
            ListQueries lists,
            AppClock clock,
            AuditLog audit) {
        this.audit = audit;
        this.posts = posts;
        this.tenures = tenures;
        this.organisations = organisations;
        this.lists = lists;
        this.clock = clock;
    }

    /**
     * @param includeCovering with organisationId, also posts covering that authority (its Assembly Member)
     * @param vacant true: no holder today; false: held today; null: either
     */
    public record Filter(
            UUID organisationId, boolean includeCovering, PostCategory category, String q, Boolean vacant) {}

    public PageResponse<PostView> list(Filter criteria, PageParams params) {
        LocalDate today = clock.today();
        return lists.page(listing(today), filter(criteria, params, today), orderBy(params), params);
    }

    /** Every matching post as CSV rows; a bad sort fails here, before the response starts. */
    public CsvRows<PostView> csvRows(Filter criteria, PageParams params) {
        LocalDate today = clock.today();
        SqlFilter filter = filter(criteria, params, today);
        String orderBy = orderBy(params);
        return new CsvRows<>(
                CSV_HEADER, () -> lists.batches(listing(today), filter, orderBy, CsvExport.CHUNK), PostService::csvRow);
    }

    /** Posts as they stand on {@code today}. */
    private ListQueries.Listing<Post, PostView> listing(LocalDate today) {
        return new ListQueries.Listing<>(Post.class, "post p", rows -> responses(rows, today));
    }

    private static List<?> csvRow(PostView p) {
        var holder = p.currentHolder();
        return java.util.Arrays.asList(
                p.id(),
                p.organisation().id(),
                p.organisation().name(),
                p.title(),
                p.category(),
                p.constituency(),
                p.ward(),
                p.portfolio(),
                p.status(),
                holder == null ? null : holder.stakeholderId(),
                holder == null ? null : holder.name(),
                holder == null ? null : holder.startDate(),
                p.updatedAt());
    }

    private static SqlFilter filter(Filter criteria, PageParams params, LocalDate today) {
        SqlFilter filter = new SqlFilter().standard(params, "p.status = 'ACTIVE'", "p.updated_at");
        if (criteria.organisationId() != null) {
            filter.where(
                    criteria.includeCovering()
                            ? "(p.organisation_id = :organisationId or exists (select 1 from post_covered_authority c"
                                    + " where c.post_id = p.id and c.organisation_id = :organisationId))"
                            : "p.organisation_id = :organisationId",
                    "organisationId",
                    criteria.organisationId());
        }
        if (criteria.category() != null) {
            filter.where(
                    "p.category = :category", "category", criteria.category().name());
        }
        if (criteria.q() != null && !criteria.q().isBlank()) {
            filter.where("lower(p.title) like :q", "q", SqlFilter.containsPattern(criteria.q()));
        }
        if (criteria.vacant() != null) {
            filter.where(
                    (criteria.vacant() ? "not " : "")
                            + "exists (select 1 from tenure t where t.post_id = p.id and t.start_date <= :today"
                            + " and (t.end_date is null or t.end_date > :today))",
                    "today",
                    today);
        }
        return filter;
    }

    private static String orderBy(PageParams params) {
        return SortOrder.toSql(params, SORTS, "organisation,title", "p.id", "p.updated_at");
    }

    /** Responses for a page of posts, their current holders loaded in one query. */
    private List<PostView> responses(List<Post> rows, LocalDate today) {
        Map<UUID, Tenure> current = tenures
                .currentForPosts(rows.stream().map(Post::getId).toList(), today)
                .stream()
                .collect(Collectors.toMap(t -> t.getPost().getId(), Function.identity()));
        return rows.stream().map(p -> PostView.from(p, current.get(p.getId()))).toList();
    }

    public Post get(UUID id) {
        return posts.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Post", id));
    }

    public PostView response(Post post) {
        return responses(List.of(post), clock.today()).get(0);
    }

    @Transactional
    public Post create(PostDetails details) {
        Post post = new Post();
        apply(post, details);
        posts.persist(post);
        posts.flush();
        audit.record("post", post.getId(), AuditAction.CREATE, null, response(post));
        return post;
    }

    @Transactional
    public Post update(UUID id, ExpectedVersion expected, PostDetails request) {
        Post post = get(id);
        expected.requireCurrent(post.getVersion());
        PostDetails before = PostDetails.of(post);
        if (post.isReference()) {
            if (!post.getOrganisation().getId().equals(request.organisationId())) {
                throw ApiProblem.unprocessable("organisationId", "is fixed for reference posts");
            }
            if (!post.getTitle().equals(request.title())) {
                throw ApiProblem.unprocessable("title", "is fixed for reference posts");
            }
            if (post.getCategory() != request.category()) {
                throw ApiProblem.unprocessable("category", "is fixed for reference posts");
            }
        }
        apply(post, request);
        posts.flush();
        audit.record("post", id, AuditAction.UPDATE, before, PostDetails.of(post));
        return post;
    }

    /** Deletes a post entered by mistake; one with holder history must be archived instead. */
    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        Post post = get(id);
        expected.requireCurrent(post.getVersion());
        if (post.isReference()) {
            throw ApiProblem.conflict(null, "Reference posts cannot be deleted");
        }
        if (tenures.countForPost(id) > 0) {
            throw ApiProblem.conflict(null, "The post has holder history; archive it (status ARCHIVED) instead");
        }
        PostDetails before = PostDetails.of(post);
        posts.delete(post);
        posts.flush();
        audit.record("post", id, AuditAction.DELETE, before, null);
    }

    private void apply(Post post, PostDetails request) {
        Organisation organisation = organisations
                .findByIdOptional(request.organisationId())
                .orElseThrow(() -> ApiProblem.unprocessable(
                        "organisationId", "organisation " + request.organisationId() + " does not exist"));
        Set<Organisation> covered = new LinkedHashSet<>();
        List<UUID> coveredIds = request.coveredAuthorityIds() == null ? List.of() : request.coveredAuthorityIds();
        for (int i = 0; i < coveredIds.size(); i++) {
            UUID coveredId = coveredIds.get(i);
            int index = i;
            covered.add(organisations
                    .findByIdOptional(coveredId)
                    .orElseThrow(() -> ApiProblem.unprocessable(
                            "coveredAuthorityIds[" + index + "]", "organisation " + coveredId + " does not exist")));
        }
        post.setOrganisation(organisation);
        post.setTitle(request.title().trim());
        post.setCategory(request.category());
        post.setConstituency(request.constituency());
        post.setWard(request.ward());
        post.setPortfolio(request.portfolio());
        if (!Objects.equals(post.getCoveredAuthorities(), covered)) {
            post.getCoveredAuthorities().clear();
            post.getCoveredAuthorities().addAll(covered);
        }
        post.setStatus(request.status() == null ? RecordStatus.ACTIVE : request.status());
        post.touch(clock.now());
    }
}
