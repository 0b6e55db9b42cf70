package io.liaison.election.service;

import io.liaison.audit.AuditAction;
import io.liaison.audit.AuditLog;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.error.Violation;
import io.liaison.common.http.ExpectedVersion;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.Paging;
import io.liaison.common.persistence.ElementCollections;
import io.liaison.common.persistence.Ids;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.time.AppClock;
import io.liaison.election.PreElectionPeriod;
import io.liaison.election.PreElectionPeriodRepository;
import io.liaison.organisation.Organisation;
import io.liaison.organisation.OrganisationRepository;
import io.liaison.organisation.service.OrganisationRef;
import io.liaison.post.Post;
import io.liaison.post.PostRepository;
import io.liaison.stakeholder.service.StakeholderView;
import io.liaison.stakeholder.service.StakeholderViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Pre-election periods: kept by ADMIN, read by everyone, and asked who is up for election in them. */
@ApplicationScoped
public class PreElectionPeriodService {

    private static final String AUDIT_TYPE = "pre-election-period";

    private final PreElectionPeriodRepository periods;
    private final OrganisationRepository organisations;
    private final PostRepository posts;
    private final StakeholderViews stakeholders;
    private final SqlRunner sql;
    private final AuditLog audit;
    private final AppClock clock;

    PreElectionPeriodService(
            PreElectionPeriodRepository periods,
            OrganisationRepository organisations,
            PostRepository posts,
            StakeholderViews stakeholders,
            SqlRunner sql,
            AuditLog audit,
            AppClock clock) {
        this.periods = periods;
        this.organisations = organisations;
        this.posts = posts;
        this.stakeholders = stakeholders;
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every period, earliest polling day first; with {@code on}, only those that day falls in. */
    public PageResponse<PeriodView> list(LocalDate on, Paging paging) {
        List<PreElectionPeriod> found = on == null ? periods.all() : periods.overlapping(on, on);
        return PageResponse.slice(found, paging).map(this::view);
    }

    /** The periods sharing a day with [from, to], both included: what the agenda and the reports show. */
    public List<PeriodRef> overlapping(LocalDate from, LocalDate to) {
        return periods.overlapping(from, to).stream().map(PeriodRef::from).toList();
    }

    public PreElectionPeriod get(UUID id) {
        return periods.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Pre-election period", id));
    }

    public PeriodView view(PreElectionPeriod period) {
        LocalDate today = clock.today();
        List<OrganisationRef> orgs = organisationsOf(period.getOrganisationIds()).stream()
                .map(OrganisationRef::from)
                .sorted(Comparator.comparing(OrganisationRef::name).thenComparing(OrganisationRef::id))
                .toList();
        List<PeriodView.PostUp> postsUp = postsOf(period.getPostIds()).stream()
                .map(p -> new PeriodView.PostUp(p.getId(), p.getTitle(), OrganisationRef.from(p.getOrganisation())))
                .sorted(Comparator.comparing(
                                (PeriodView.PostUp p) -> p.organisation().name())
                        .thenComparing(PeriodView.PostUp::title))
                .toList();
        return new PeriodView(
                period.getId(),
                period.getName(),
                period.getStartsOn(),
                period.getPollingDay(),
                orgs,
                postsUp,
                period.covers(today),
                period.getVersion(),
                period.getCreatedAt(),
                period.getUpdatedAt());
    }

    @Transactional
    public PreElectionPeriod create(PeriodDetails details) {
        PreElectionPeriod period = new PreElectionPeriod();
        apply(period, details);
        periods.persist(period);
        periods.flush();
        audit.record(AUDIT_TYPE, period.getId(), AuditAction.CREATE, null, PeriodDetails.of(period));
        return period;
    }

    @Transactional
    public PreElectionPeriod update(UUID id, ExpectedVersion expected, PeriodDetails details) {
        PreElectionPeriod period = get(id);
        expected.requireCurrent(period.getVersion());
        PeriodDetails before = PeriodDetails.of(period);
        apply(period, details);
        periods.flush();
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, before, PeriodDetails.of(period));
        return period;
    }

    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        PreElectionPeriod period = get(id);
        expected.requireCurrent(period.getVersion());
        PeriodDetails before = PeriodDetails.of(period);
        periods.delete(period);
        periods.flush();
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, before, null);
    }

    /** One stakeholder up for election: their id, for a page read in name order. */
    record Standing(UUID id, long total) {}

    /**
     * The ACTIVE stakeholders who hold, on {@code on}, a post the period puts up for election, by last name, first
     * name and id. Without {@code on}: today while the period runs, its first day before it begins, polling day after.
     */
    public PageResponse<StakeholderView> standing(UUID id, LocalDate on, Paging paging) {
        PreElectionPeriod period = get(id);
        LocalDate today = clock.today();
        LocalDate day = on != null
                ? on
                : today.isBefore(period.getStartsOn())
                        ? period.getStartsOn()
                        : today.isAfter(period.getPollingDay()) ? period.getPollingDay() : today;
        List<Standing> page = sql.list(
                Standing.class,
                """
                        select s.id, count(*) over () as total
                        from stakeholder s
                        where s.status = 'ACTIVE'
                          and exists (
                              select 1 from tenure t join post p on p.id = t.post_id
                              where t.stakeholder_id = s.id and t.start_date <= :day
                                and (t.end_date is null or t.end_date > :day)
                                and (p.id = any (:posts) or p.organisation_id = any (:organisations)))
                        order by s.last_name, s.first_name, s.id
                        limit :size offset :offset
                        """,
                Map.of(
                        "day", day,
                        "posts", Ids.array(period.getPostIds()),
                        "organisations", Ids.array(period.getOrganisationIds()),
                        "size", paging.size,
                        "offset", paging.offset()));
        long total = page.isEmpty() ? countStanding(period, day) : page.get(0).total();
        return PageResponse.of(
                stakeholders.page(page.stream().map(Standing::id).toList(), today), paging.asPageParams(), total);
    }

    /** A page past the end still says how many there are. */
    private long countStanding(PreElectionPeriod period, LocalDate day) {
        return sql.one(
                Long.class,
                """
                        select count(distinct t.stakeholder_id)
                        from tenure t join post p on p.id = t.post_id join stakeholder s on s.id = t.stakeholder_id
                        where s.status = 'ACTIVE' and t.start_date <= :day and (t.end_date is null or t.end_date > :day)
                          and (p.id = any (:posts) or p.organisation_id = any (:organisations))
                        """,
                Map.of(
                        "day", day,
                        "posts", Ids.array(period.getPostIds()),
                        "organisations", Ids.array(period.getOrganisationIds())));
    }

    /** Every bad field at once: the dates in order, each organisation and post known, something up for election. */
    private void apply(PreElectionPeriod period, PeriodDetails details) {
        LocalDate startsOn =
                details.startsOn() == null ? NoticeOfElection.lastDayBefore(details.pollingDay()) : details.startsOn();
        List<Violation> problems = new ArrayList<>();
        if (startsOn.isAfter(details.pollingDay())) {
            problems.add(new Violation("startsOn", "must not be after pollingDay"));
        }
        Set<UUID> orgIds =
                new LinkedHashSet<>(details.organisationIds() == null ? List.of() : details.organisationIds());
        Set<UUID> postIds = new LinkedHashSet<>(details.postIds() == null ? List.of() : details.postIds());
        if (orgIds.isEmpty() && postIds.isEmpty()) {
            problems.add(
                    new Violation("organisationIds", "name what is up for election: organisations, posts or both"));
        }
        Set<UUID> knownOrgs = new LinkedHashSet<>(
                organisationsOf(orgIds).stream().map(Organisation::getId).toList());
        List<UUID> orgList = List.copyOf(orgIds);
        for (int i = 0; i < orgList.size(); i++) {
            if (!knownOrgs.contains(orgList.get(i))) {
                problems.add(new Violation(
                        "organisationIds[" + i + "]", "organisation " + orgList.get(i) + " does not exist"));
            }
        }
        Set<UUID> knownPosts =
                new LinkedHashSet<>(postsOf(postIds).stream().map(Post::getId).toList());
        List<UUID> postList = List.copyOf(postIds);
        for (int i = 0; i < postList.size(); i++) {
            if (!knownPosts.contains(postList.get(i))) {
                problems.add(new Violation("postIds[" + i + "]", "post " + postList.get(i) + " does not exist"));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.unprocessable(
                    problems.size() == 1
                            ? problems.get(0).field() + ": " + problems.get(0).message()
                            : problems.size() + " fields cannot be processed",
                    problems);
        }
        period.setName(details.name().trim());
        period.setStartsOn(startsOn);
        period.setPollingDay(details.pollingDay());
        ElementCollections.replace(period.getOrganisationIds(), orgIds);
        ElementCollections.replace(period.getPostIds(), postIds);
        period.touch(clock.now());
    }

    private List<Organisation> organisationsOf(Set<UUID> ids) {
        return ids.isEmpty() ? List.of() : organisations.list("id in ?1", ids);
    }

    private List<Post> postsOf(Set<UUID> ids) {
        return ids.isEmpty() ? List.of() : posts.list("from Post p join fetch p.organisation where p.id in ?1", ids);
    }
}
