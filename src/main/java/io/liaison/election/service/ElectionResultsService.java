package io.liaison.election.service;

import io.liaison.audit.AuditAction;
import io.liaison.audit.AuditLog;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.error.Violation;
import io.liaison.common.persistence.RecordStatus;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.time.AppClock;
import io.liaison.election.service.ElectionReport.ControlOutcome;
import io.liaison.election.service.ElectionReport.Outcome;
import io.liaison.election.service.ElectionReport.ResultOutcome;
import io.liaison.election.service.ElectionResults.Control;
import io.liaison.election.service.ElectionResults.Result;
import io.liaison.organisation.Organisation;
import io.liaison.organisation.OrganisationKey;
import io.liaison.organisation.OrganisationRepository;
import io.liaison.policyarea.PolicyAreaRepository;
import io.liaison.post.Post;
import io.liaison.post.PostRepository;
import io.liaison.post.Tenure;
import io.liaison.post.TenureRepository;
import io.liaison.post.service.NewTenure;
import io.liaison.post.service.PostDetails;
import io.liaison.post.service.PostService;
import io.liaison.post.service.TenureService;
import io.liaison.stakeholder.Stakeholder;
import io.liaison.stakeholder.StakeholderRepository;
import io.liaison.stakeholder.service.StakeholderDetails;
import io.liaison.stakeholder.service.StakeholderService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An election's results in one request: every row is checked first (all problems named, by row), then, if none has
 * a problem, every row is written in one transaction: the post's tenure ends on the day and the new holder's begins
 * (a post or a person the row describes is created), the holder's party is set, and each organisation's political
 * control is recorded with the day it took effect. A dry run writes it all and rolls it back.
 */
@ApplicationScoped
public class ElectionResultsService {

    /** A row and where it came from: its index in a JSON request, or its line in a CSV file. */
    public record Row<T>(int row, Integer line, T value) {

        /** A problem's field: the JSON path of a request's row, or the column of a file's line. */
        String field(String name, String kind) {
            return line == null ? kind + "[" + row + "]." + name : name;
        }
    }

    private final PostRepository posts;
    private final PostService postService;
    private final TenureRepository tenures;
    private final TenureService tenureService;
    private final StakeholderRepository stakeholders;
    private final StakeholderService stakeholderService;
    private final OrganisationRepository organisations;
    private final PolicyAreaRepository policyAreas;
    private final SqlRunner sql;
    private final AuditLog audit;
    private final AppClock clock;

    ElectionResultsService(
            PostRepository posts,
            PostService postService,
            TenureRepository tenures,
            TenureService tenureService,
            StakeholderRepository stakeholders,
            StakeholderService stakeholderService,
            OrganisationRepository organisations,
            PolicyAreaRepository policyAreas,
            SqlRunner sql,
            AuditLog audit,
            AppClock clock) {
        this.posts = posts;
        this.postService = postService;
        this.tenures = tenures;
        this.tenureService = tenureService;
        this.stakeholders = stakeholders;
        this.stakeholderService = stakeholderService;
        this.organisations = organisations;
        this.policyAreas = policyAreas;
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    /** What checking a row found: the post (or the one to create), the holder (or the one to create), the outcome. */
    private static final class Planned {
        Row<Result> source;
        Post post;
        PostDetails newPost;
        Stakeholder holder;
        StakeholderDetails newHolder;
        Tenure current;
        Outcome outcome;
        boolean bad;
    }

    private record PlannedControl(Row<Control> source, Organisation organisation) {}

    @Transactional
    public ElectionReport record(List<Row<Result>> results, List<Row<Control>> controls, boolean dryRun) {
        List<Violation> problems = new ArrayList<>();
        Map<UUID, Integer> postsTaken = new HashMap<>();
        Map<String, Integer> newPostsTaken = new HashMap<>();
        Map<String, Integer> holdersTaken = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (Row<Result> row : results) {
            Planned p = check(row, problems, postsTaken, newPostsTaken);
            // One person wins one seat in one request: the same holder (or new person) twice is a slip of the sheet.
            String holder = p.holder != null
                    ? p.holder.getId().toString()
                    : p.newHolder == null
                            ? null
                            : lower(p.newHolder.firstName() + " " + p.newHolder.lastName() + " "
                                    + (p.newHolder.email() == null ? "" : p.newHolder.email()));
            Integer other = holder == null ? null : holdersTaken.putIfAbsent(holder, row.row());
            if (other != null) {
                problems.add(problem(row, "holderId", "the same holder is in row " + other));
                p.bad = true;
            }
            planned.add(p);
        }
        List<PlannedControl> plannedControls = new ArrayList<>();
        for (Row<Control> row : controls) {
            check(row, problems).ifPresent(plannedControls::add);
        }
        if (!problems.isEmpty()) {
            if (!dryRun) {
                throw ApiProblem.unprocessable(
                        problems.size() + " problem(s) in the results; nothing was recorded. Send them with"
                                + " dryRun=true to see every row's outcome.",
                        problems);
            }
            return report(true, planned, plannedControls, problems);
        }
        for (Planned p : planned) {
            write(p);
        }
        for (PlannedControl c : plannedControls) {
            write(c);
        }
        ElectionReport report = report(dryRun, planned, plannedControls, problems);
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly();
        }
        return report;
    }

    private Planned check(
            Row<Result> row,
            List<Violation> problems,
            Map<UUID, Integer> postsTaken,
            Map<String, Integer> newPostsTaken) {
        Result r = row.value();
        Planned p = new Planned();
        p.source = row;
        int before = problems.size();
        if (r.date() == null) {
            problems.add(problem(row, "date", "is required: the first day the holder holds the post"));
        }
        // The post
        if (r.postId() != null) {
            p.post = posts.findByIdOptional(r.postId()).orElse(null);
            if (p.post == null) {
                problems.add(problem(row, "postId", "post " + r.postId() + " does not exist"));
            }
        } else if (blank(r.organisation()) || blank(r.postTitle())) {
            problems.add(problem(row, "postId", "name the post: its postId, or its organisation and postTitle"));
        } else {
            Optional<UUID> org = existingOrganisation(r.organisation());
            if (org.isEmpty()) {
                problems.add(problem(
                        row,
                        "organisation",
                        "no organisation has the id, code or GSS code '" + r.organisation() + "'"));
            } else {
                p.post = posts.find(
                                "organisation.id = ?1 and lower(title) = lower(?2)",
                                org.get(),
                                r.postTitle().trim())
                        .firstResultOptional()
                        .orElse(null);
                if (p.post == null && r.postCategory() == null) {
                    problems.add(problem(
                            row,
                            "postCategory",
                            "the organisation has no post titled '" + r.postTitle()
                                    + "': give its postCategory to create it"));
                } else if (p.post == null) {
                    p.newPost = new PostDetails(
                            org.get(),
                            r.postTitle().trim(),
                            r.postCategory(),
                            null,
                            r.ward(),
                            null,
                            List.of(),
                            RecordStatus.ACTIVE);
                    Integer other = newPostsTaken.putIfAbsent(org.get() + "/" + lower(r.postTitle()), row.row());
                    if (other != null) {
                        problems.add(problem(row, "postTitle", "the same new post is in row " + other));
                    }
                }
            }
        }
        if (p.post != null) {
            if (p.post.getStatus() == RecordStatus.ARCHIVED) {
                problems.add(problem(row, "postId", "post " + p.post.getId() + " is archived"));
            }
            Integer other = postsTaken.putIfAbsent(p.post.getId(), row.row());
            if (other != null) {
                problems.add(problem(row, "postId", "the same post is in row " + other));
            }
        }
        // The holder
        int named =
                (r.holderId() != null ? 1 : 0) + (r.holderEmail() != null ? 1 : 0) + (r.newHolder() != null ? 1 : 0);
        if (named != 1) {
            problems.add(problem(row, "holderId", "name the holder once: holderId, holderEmail or a new person"));
        } else if (r.holderId() != null) {
            p.holder = stakeholders.findByIdOptional(r.holderId()).orElse(null);
            if (p.holder == null || p.holder.getStatus() == RecordStatus.ARCHIVED) {
                problems.add(problem(
                        row,
                        "holderId",
                        "stakeholder " + r.holderId() + (p.holder == null ? " does not exist" : " is archived")));
            }
        } else if (r.holderEmail() != null) {
            List<Stakeholder> found = stakeholders
                    .find("lower(email) = ?1 and status = ?2", lower(r.holderEmail()), RecordStatus.ACTIVE)
                    .list();
            if (found.size() != 1) {
                problems.add(problem(
                        row,
                        "holderEmail",
                        found.isEmpty()
                                ? "no active stakeholder has this email: give the holder as a new person"
                                : found.size() + " stakeholders have this email: give holderId"));
            } else {
                p.holder = found.get(0);
            }
        } else if (blank(r.newHolder().firstName()) || blank(r.newHolder().lastName())) {
            problems.add(problem(row, "newHolder.lastName", "a new holder needs a firstName and a lastName"));
        } else {
            p.newHolder = withParty(r.newHolder(), r.party());
            // Checked with the rest of the row, so that a dry run names it rather than the write refusing it.
            List<String> interests = r.newHolder().policyInterests() == null
                    ? List.of()
                    : r.newHolder().policyInterests();
            Set<String> unknown = policyAreas.unknownCodes(interests);
            if (!unknown.isEmpty()) {
                problems.add(problem(row, "newHolder.policyInterests", policyAreas.unknownCodesMessage(unknown)));
            }
        }
        // The change
        if (p.post != null && r.date() != null) {
            p.current = tenures.currentForPosts(List.of(p.post.getId()), r.date()).stream()
                    .findFirst()
                    .orElse(null);
            if (p.current != null
                    && p.holder != null
                    && p.current.getStakeholder().getId().equals(p.holder.getId())) {
                p.outcome = Outcome.RE_ELECTED;
            } else {
                p.outcome = Outcome.ELECTED;
                if (p.current != null && !p.current.getStartDate().isBefore(r.date())) {
                    problems.add(problem(
                            row,
                            "date",
                            "the post's holder on " + r.date() + " is "
                                    + p.current.getStakeholder().getDisplayName() + " (tenure " + p.current.getId()
                                    + "), whose tenure starts that day"));
                }
                tenures.overlapping(p.post.getId(), p.current == null ? null : p.current.getId(), r.date(), null)
                        .ifPresent(later -> problems.add(problem(
                                row,
                                "date",
                                "a later tenure of the post is in the way: "
                                        + later.getStakeholder().getDisplayName() + " (tenure " + later.getId()
                                        + ", from " + later.getStartDate() + ")")));
            }
        } else if (p.newPost != null) {
            p.outcome = Outcome.ELECTED;
        }
        p.bad = problems.size() > before;
        return p;
    }

    private Optional<PlannedControl> check(Row<Control> row, List<Violation> problems) {
        Control c = row.value();
        int before = problems.size();
        Optional<UUID> org = blank(c.organisation()) ? Optional.empty() : existingOrganisation(c.organisation());
        if (org.isEmpty()) {
            problems.add(problem(
                    row, "organisation", "no organisation has the id, code or GSS code '" + c.organisation() + "'"));
        }
        if (blank(c.control())) {
            problems.add(problem(row, "politicalControl", "is required: a party, or No overall control"));
        }
        if (c.since() == null) {
            problems.add(problem(row, "since", "is required: the day the control took effect"));
        } else if (c.since().isAfter(clock.today())) {
            problems.add(
                    problem(row, "since", "must not be after today: control is recorded once it has taken effect"));
        }
        return problems.size() > before
                ? Optional.empty()
                : Optional.of(new PlannedControl(row, organisations.findById(org.get())));
    }

    private void write(Planned p) {
        Result r = p.source.value();
        if (p.newPost != null) {
            p.post = postService.create(p.newPost);
        }
        if (p.newHolder != null) {
            p.holder = stakeholderService.create(p.newHolder);
        } else if (r.party() != null && !r.party().equals(p.holder.getParty())) {
            stakeholderService.changeParty(p.holder, r.party());
        }
        if (p.outcome == Outcome.ELECTED) {
            if (p.current != null) {
                tenureService.endOn(p.current, r.date());
            }
            tenureService.appoint(p.post.getId(), new NewTenure(p.holder.getId(), r.date(), null));
        }
    }

    private void write(PlannedControl c) {
        Control control = c.source().value();
        sql.withHandle(handle -> handle.createUpdate("""
                        insert into organisation_political_control (organisation_id, control, since, recorded_at)
                        values (:organisation, :control, :since, :now)
                        on conflict (organisation_id, since) do update
                            set control = excluded.control, recorded_at = excluded.recorded_at
                        """)
                .bind("organisation", c.organisation().getId())
                .bind("control", control.control().trim())
                .bind("since", control.since())
                .bind("now", clock.now())
                .execute());
        // The organisation shows the newest control: a change dated before one already recorded is history only.
        boolean newest = sql.first(
                        Boolean.class,
                        """
                        select not exists (select 1 from organisation_political_control
                                           where organisation_id = :organisation and since > :since)
                        """,
                        Map.of("organisation", c.organisation().getId(), "since", control.since()))
                .orElse(true);
        String before = c.organisation().getPoliticalControl();
        if (newest && !control.control().trim().equals(before)) {
            c.organisation().setPoliticalControl(control.control().trim());
            c.organisation().touch(clock.now());
        }
        Map<String, Object> after = new HashMap<>();
        after.put("politicalControl", control.control().trim());
        after.put("since", control.since().toString());
        Map<String, Object> was = new HashMap<>();
        was.put("politicalControl", before);
        audit.record("organisation", c.organisation().getId(), AuditAction.UPDATE, was, after);
    }

    private ElectionReport report(
            boolean dryRun, List<Planned> planned, List<PlannedControl> controls, List<Violation> problems) {
        List<ResultOutcome> outcomes = planned.stream()
                .map(p -> new ResultOutcome(
                        p.source.row(),
                        p.bad ? null : p.outcome,
                        p.post == null ? null : p.post.getId(),
                        p.post != null ? p.post.getTitle() : p.newPost == null ? null : p.newPost.title(),
                        p.newPost != null,
                        p.holder == null ? null : p.holder.getId(),
                        p.holder != null
                                ? p.holder.getDisplayName()
                                : p.newHolder == null
                                        ? null
                                        : String.join(" ", p.newHolder.firstName(), p.newHolder.lastName()),
                        p.newHolder != null,
                        p.outcome == Outcome.ELECTED && p.current != null
                                ? p.current.getStakeholder().getId()
                                : null,
                        p.outcome == Outcome.ELECTED && p.current != null
                                ? p.current.getStakeholder().getDisplayName()
                                : null,
                        p.source.value().date()))
                .toList();
        List<ControlOutcome> controlOutcomes = controls.stream()
                .map(c -> new ControlOutcome(
                        c.organisation().getId(),
                        c.organisation().getName(),
                        c.source().value().control().trim(),
                        c.source().value().since()))
                .toList();
        return new ElectionReport(dryRun, outcomes, controlOutcomes, problems);
    }

    private static Violation problem(Row<?> row, String name, String message) {
        return new Violation(
                row.field(name, row.value() instanceof Control ? "politicalControl" : "results"), message, row.line());
    }

    /** The organisation a row names by id, code or GSS code, if it exists. */
    private Optional<UUID> existingOrganisation(String key) {
        return organisations
                .idOf(new OrganisationKey(key))
                .flatMap(id -> organisations.findByIdOptional(id).map(Organisation::getId));
    }

    private static StakeholderDetails withParty(StakeholderDetails d, String party) {
        return party == null
                ? d
                : new StakeholderDetails(
                        d.honorific(),
                        d.firstName(),
                        d.lastName(),
                        party,
                        d.email(),
                        d.phone(),
                        d.privateOfficeContact(),
                        d.policyInterests(),
                        d.priority(),
                        d.influence(),
                        d.interest(),
                        d.termEndDate(),
                        d.notes());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String lower(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }
}
