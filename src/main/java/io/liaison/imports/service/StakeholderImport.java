package io.liaison.imports.service;

import io.liaison.common.csv.CsvUpload;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.error.Violation;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.time.AppClock;
import io.liaison.ownership.service.OwnershipCommands.NewAssignment;
import io.liaison.ownership.service.OwnershipService;
import io.liaison.policyarea.PolicyAreaRepository;
import io.liaison.post.service.NewTenure;
import io.liaison.post.service.PostDetails;
import io.liaison.post.service.PostService;
import io.liaison.post.service.TenureService;
import io.liaison.stakeholder.OwnershipRole;
import io.liaison.stakeholder.PostCategory;
import io.liaison.stakeholder.Priority;
import io.liaison.stakeholder.service.StakeholderDetails;
import io.liaison.stakeholder.service.StakeholderService;
import io.liaison.team.TeamMemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports stakeholders, with the post each holds and their owners, from a spreadsheet saved as CSV. Every row is
 * checked first — the same Bean Validation rules as the API, then every name it refers to — and every problem is
 * reported with its line and column; only a file without problems is written, all of it in one transaction,
 * through the same services (and audit entries) as the API. A row that matches a stakeholder already there (by
 * email, or else by name and post) is skipped, so sending the same file twice creates nothing twice.
 */
@ApplicationScoped
public class StakeholderImport {

    /** The columns a file may have (any order, any case, spaces allowed); firstName and lastName are required. */
    public static final List<String> COLUMNS = List.of(
            "honorific",
            "firstName",
            "lastName",
            "party",
            "email",
            "phone",
            "privateOfficeContact",
            "priority",
            "influence",
            "interest",
            "termEndDate",
            "policyInterests",
            "notes",
            "organisation",
            "postTitle",
            "postCategory",
            "postFrom",
            "leadOwnerEmail",
            "supportOwnerEmails");

    private static final String LIST_SEPARATOR = ";";

    private final SqlRunner sql;
    private final TeamMemberRepository teamMembers;
    private final PolicyAreaRepository policyAreas;
    private final StakeholderService stakeholders;
    private final PostService posts;
    private final TenureService tenures;
    private final OwnershipService ownership;
    private final AppClock clock;
    private final int maxRows;

    StakeholderImport(
            SqlRunner sql,
            TeamMemberRepository teamMembers,
            PolicyAreaRepository policyAreas,
            StakeholderService stakeholders,
            PostService posts,
            TenureService tenures,
            OwnershipService ownership,
            AppClock clock,
            @ConfigProperty(name = "liaison.imports.max-rows", defaultValue = "5000") int maxRows) {
        this.sql = sql;
        this.teamMembers = teamMembers;
        this.policyAreas = policyAreas;
        this.stakeholders = stakeholders;
        this.posts = posts;
        this.tenures = tenures;
        this.ownership = ownership;
        this.clock = clock;
        this.maxRows = maxRows;
    }

    /** One checked row: what to create, or why not. */
    private record Planned(
            int line,
            String name,
            StakeholderDetails stakeholder,
            UUID existing,
            UUID organisationId,
            String postTitle,
            UUID postId,
            PostCategory postCategory,
            LocalDate postFrom,
            UUID leadOwner,
            List<UUID> supportOwners,
            List<Violation> errors) {}

    /** Checks the file; writes it (all or nothing) unless {@code dryRun} or a row has a problem. */
    @Transactional
    public ImportReport run(String csv, boolean dryRun, DetailsRules rules) {
        List<Planned> rows = check(csv == null ? "" : csv, rules);
        List<Violation> errors = rows.stream().flatMap(r -> r.errors().stream()).toList();
        if (!errors.isEmpty() && !dryRun) {
            throw new ApiProblem(
                    422,
                    "import-invalid",
                    "The file has problems",
                    errors.size() + " problem(s) in "
                            + rows.stream().filter(r -> !r.errors().isEmpty()).count()
                            + " row(s); nothing was imported. Send it with dryRun=true to see every row's outcome.",
                    errors);
        }
        List<ImportReport.Row> results = new ArrayList<>();
        for (Planned row : rows) {
            ImportReport.Outcome outcome = !row.errors().isEmpty()
                    ? ImportReport.Outcome.INVALID
                    : row.existing() != null ? ImportReport.Outcome.EXISTING : ImportReport.Outcome.CREATED;
            UUID id = row.existing();
            if (outcome == ImportReport.Outcome.CREATED && !dryRun) {
                id = write(row);
            }
            results.add(new ImportReport.Row(row.line(), outcome, id, row.name()));
        }
        return new ImportReport(
                dryRun,
                rows.size(),
                count(results, ImportReport.Outcome.CREATED),
                count(results, ImportReport.Outcome.EXISTING),
                count(results, ImportReport.Outcome.INVALID),
                results,
                errors);
    }

    private static int count(List<ImportReport.Row> results, ImportReport.Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }

    private UUID write(Planned row) {
        try {
            UUID id = stakeholders.create(row.stakeholder()).getId();
            if (row.postTitle() != null) {
                UUID postId = row.postId() != null
                        ? row.postId()
                        : posts.create(new PostDetails(
                                        row.organisationId(),
                                        row.postTitle(),
                                        row.postCategory(),
                                        null,
                                        null,
                                        null,
                                        List.of(),
                                        null))
                                .getId();
                tenures.appoint(postId, new NewTenure(id, row.postFrom(), null));
            }
            if (row.leadOwner() != null) {
                ownership.assign(id, new NewAssignment(row.leadOwner(), OwnershipRole.LEAD, null, "Imported"));
            }
            for (UUID support : row.supportOwners()) {
                ownership.assign(id, new NewAssignment(support, OwnershipRole.SUPPORT, null, "Imported"));
            }
            return id;
        } catch (ApiProblem problem) {
            // Checked a moment ago, so only a concurrent change gets here; the whole import rolls back.
            throw new ApiProblem(
                    problem.status(),
                    problem.type(),
                    problem.title(),
                    "line " + row.line() + ": " + problem.getMessage() + "; nothing was imported",
                    List.of(new Violation(
                            problem.violations() == null || problem.violations().isEmpty()
                                    ? null
                                    : problem.violations().get(0).field(),
                            problem.getMessage(),
                            row.line())));
        }
    }

    /**
     * The field rules a stakeholder's details are held to where the API receives them (lengths, formats, ranges): the
     * resource's to give, so that a row is refused exactly where the same stakeholder sent as JSON would be.
     */
    @FunctionalInterface
    public interface DetailsRules {
        Set<? extends ConstraintViolation<?>> violations(StakeholderDetails details);
    }

    private List<Planned> check(String csv, DetailsRules rules) {
        List<Planned> planned = new ArrayList<>();
        Lookups lookups = new Lookups();
        Map<String, Integer> keysSeen = new HashMap<>();
        Map<UUID, Integer> postsTaken = new HashMap<>();
        Map<String, Integer> newPostsTaken = new HashMap<>();
        for (CsvUpload.Line line : CsvUpload.read(
                csv, COLUMNS, List.of("firstName", "lastName"), maxRows, "limit liaison.imports.max-rows")) {
            planned.add(checkRow(line.number(), line.cells(), rules, lookups, keysSeen, postsTaken, newPostsTaken));
        }
        return planned;
    }

    private Planned checkRow(
            int line,
            Map<String, String> cells,
            DetailsRules rules,
            Lookups lookups,
            Map<String, Integer> keysSeen,
            Map<UUID, Integer> postsTaken,
            Map<String, Integer> newPostsTaken) {
        List<Violation> errors = new ArrayList<>();
        Priority priority =
                parse(cells, "priority", Priority::valueOf, "must be one of HIGH, MEDIUM, LOW", errors, line);
        Integer influence =
                parse(cells, "influence", Integer::valueOf, "must be a whole number from 1 to 5", errors, line);
        Integer interest =
                parse(cells, "interest", Integer::valueOf, "must be a whole number from 1 to 5", errors, line);
        LocalDate termEnd =
                parse(cells, "termEndDate", LocalDate::parse, "must be a date like 2026-05-07", errors, line);
        List<String> interests = list(cells.get("policyInterests"));
        StakeholderDetails details = new StakeholderDetails(
                cells.get("honorific"),
                cells.get("firstName"),
                cells.get("lastName"),
                cells.get("party"),
                cells.get("email"),
                cells.get("phone"),
                cells.get("privateOfficeContact"),
                interests,
                priority,
                influence,
                interest,
                termEnd,
                cells.get("notes"));
        for (ConstraintViolation<?> v : rules.violations(details)) {
            String column = v.getPropertyPath().iterator().next().getName();
            errors.add(new Violation(column, v.getMessage(), line));
        }
        Set<String> unknownAreas = lookups.unknownAreas(interests);
        if (!unknownAreas.isEmpty()) {
            errors.add(new Violation(
                    "policyInterests",
                    PolicyAreaRepository.unknownCodesMessage(unknownAreas, lookups.activeAreas()),
                    line));
        }

        // The post, if any: an existing post of the organisation by title, or a new one of the given category.
        String postTitle = cells.get("postTitle");
        UUID organisationId = null;
        UUID postId = null;
        PostCategory category = parse(
                cells,
                "postCategory",
                PostCategory::valueOf,
                "must be one of " + Arrays.toString(PostCategory.values()),
                errors,
                line);
        LocalDate postFrom = parse(cells, "postFrom", LocalDate::parse, "must be a date like 2026-05-07", errors, line);
        if (postFrom == null) {
            postFrom = clock.today();
        }
        if (postTitle == null) {
            for (String column : List.of("organisation", "postCategory", "postFrom")) {
                if (cells.get(column) != null) {
                    errors.add(new Violation(column, "is only read with postTitle", line));
                }
            }
        } else if (cells.get("organisation") == null) {
            errors.add(new Violation("organisation", "is required with postTitle (code, GSS code or name)", line));
        } else {
            organisationId = lookups.organisation(cells.get("organisation")).orElse(null);
            if (organisationId == null) {
                errors.add(new Violation(
                        "organisation",
                        "no organisation has this code, GSS code or name: " + cells.get("organisation"),
                        line));
            } else {
                postId = lookups.post(organisationId, postTitle).orElse(null);
                if (postId == null) {
                    if (category == null && cells.get("postCategory") == null) {
                        errors.add(new Violation(
                                "postCategory", "is required: the organisation has no post with this title yet", line));
                    }
                    Integer other =
                            newPostsTaken.putIfAbsent(organisationId + "/" + postTitle.toLowerCase(Locale.ROOT), line);
                    if (other != null) {
                        errors.add(new Violation("postTitle", "line " + other + " appoints to the same post", line));
                    }
                } else {
                    Integer other = postsTaken.putIfAbsent(postId, line);
                    if (other != null) {
                        errors.add(new Violation("postTitle", "line " + other + " appoints to the same post", line));
                    }
                }
            }
        }

        UUID lead = null;
        if (cells.get("leadOwnerEmail") != null) {
            lead = lookups.member(cells.get("leadOwnerEmail")).orElse(null);
            if (lead == null) {
                errors.add(new Violation("leadOwnerEmail", "no active team member has this email", line));
            }
        }
        List<UUID> support = new ArrayList<>();
        for (String email : list(cells.get("supportOwnerEmails"))) {
            Optional<UUID> member = lookups.member(email);
            if (member.isEmpty()) {
                errors.add(new Violation("supportOwnerEmails", "no active team member has the email " + email, line));
            } else if (member.get().equals(lead) || support.contains(member.get())) {
                errors.add(new Violation("supportOwnerEmails", email + " is named twice among the owners", line));
            } else {
                support.add(member.get());
            }
        }

        String name = String.join(" ", nonNull(cells.get("firstName"), cells.get("lastName")));
        UUID existing = null;
        if (cells.get("firstName") != null && cells.get("lastName") != null) {
            String key = cells.get("email") != null
                    ? "email:" + cells.get("email").toLowerCase(Locale.ROOT)
                    : "name:" + name.toLowerCase(Locale.ROOT) + "/" + organisationId + "/"
                            + (postTitle == null ? "" : postTitle.toLowerCase(Locale.ROOT));
            Integer other = keysSeen.putIfAbsent(key, line);
            if (other != null) {
                errors.add(new Violation(
                        cells.get("email") != null ? "email" : "lastName",
                        "the same stakeholder as line " + other,
                        line));
            }
            // A person named for a post that does not exist yet cannot be someone already here, unless by email.
            boolean couldExist = cells.get("email") != null || postTitle == null || postId != null;
            existing = couldExist
                    ? lookups.existing(cells.get("email"), cells.get("firstName"), cells.get("lastName"), postId)
                            .orElse(null)
                    : null;
        }
        if (existing == null && postId != null && lookups.postHeldFrom(postId, postFrom)) {
            errors.add(new Violation(
                    "postTitle", "the post has a holder on or after " + postFrom + ": end that tenure first", line));
        }
        return new Planned(
                line,
                name,
                details,
                existing,
                organisationId,
                postTitle,
                postId,
                category,
                postFrom,
                lead,
                support,
                errors);
    }

    private static <T> T parse(
            Map<String, String> cells,
            String column,
            Function<String, T> parser,
            String expectation,
            List<Violation> errors,
            int line) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(
                    column.equals("priority") || column.equals("postCategory")
                            ? value.toUpperCase(Locale.ROOT)
                            : value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new Violation(column, expectation, line));
            return null;
        }
    }

    private static List<String> list(String cell) {
        return cell == null
                ? List.of()
                : Arrays.stream(cell.split(LIST_SEPARATOR))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static List<String> nonNull(String... values) {
        return Arrays.stream(values).filter(v -> v != null).toList();
    }

    /** The names a file refers to, looked up once each. */
    private final class Lookups {
        private final Map<String, Optional<UUID>> organisations = new HashMap<>();
        private final Map<String, Optional<UUID>> posts = new HashMap<>();
        private final Map<String, Optional<UUID>> members = new HashMap<>();
        private final Map<String, Boolean> areas = new HashMap<>();
        private List<String> activeAreas;

        Optional<UUID> organisation(String reference) {
            return organisations.computeIfAbsent(
                    reference.toLowerCase(Locale.ROOT),
                    r -> sql.first(
                            UUID.class,
                            "select id from organisation where lower(code) = :r or lower(gss_code) = :r"
                                    + " or lower(name) = :r order by (lower(code) = :r) desc, (lower(gss_code) = :r) desc"
                                    + " limit 1",
                            Map.of("r", r)));
        }

        Optional<UUID> post(UUID organisationId, String title) {
            return posts.computeIfAbsent(
                    organisationId + "/" + title.toLowerCase(Locale.ROOT),
                    k -> sql.first(
                            UUID.class,
                            "select id from post where organisation_id = :o and lower(title) = lower(:t)"
                                    + " and status = 'ACTIVE' limit 1",
                            Map.of("o", organisationId, "t", title)));
        }

        Optional<UUID> member(String email) {
            return members.computeIfAbsent(email.toLowerCase(Locale.ROOT), teamMembers::activeIdByEmail);
        }

        List<String> activeAreas() {
            if (activeAreas == null) {
                activeAreas = policyAreas.activeCodes();
            }
            return activeAreas;
        }

        Set<String> unknownAreas(List<String> codes) {
            return codes.stream()
                    .filter(code -> !areas.computeIfAbsent(
                            code,
                            c -> sql.first(
                                            Integer.class,
                                            "select 1 from policy_area where code = :c and status = 'ACTIVE'",
                                            Map.of("c", c))
                                    .isPresent()))
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        }

        boolean postHeldFrom(UUID postId, LocalDate from) {
            return sql.first(
                            Integer.class,
                            "select 1 from tenure where post_id = :p and (end_date is null or end_date > :from) limit 1",
                            Map.of("p", postId, "from", from))
                    .isPresent();
        }

        /** A stakeholder already there: by email when the row has one, else by name and (if any) the post held. */
        Optional<UUID> existing(String email, String firstName, String lastName, UUID postId) {
            if (email != null) {
                return sql.first(
                        UUID.class,
                        "select id from stakeholder where lower(email) = lower(:e) order by created_at limit 1",
                        Map.of("e", email));
            }
            String statement = "select s.id from stakeholder s where lower(s.first_name) = lower(:f)"
                    + " and lower(s.last_name) = lower(:l) and s.email is null"
                    + (postId == null
                            ? ""
                            : " and exists (select 1 from tenure t where t.stakeholder_id = s.id and t.post_id = :p)")
                    + " order by s.created_at limit 1";
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("f", firstName);
            parameters.put("l", lastName);
            parameters.put("p", postId);
            return sql.first(UUID.class, statement, parameters);
        }
    }
}
