package io.liaison.report.rest;

import io.liaison.common.csv.CsvEscape;
import io.liaison.common.csv.CsvExport;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.http.Api;
import io.liaison.common.openapi.StandardProblemResponses;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.security.Roles;
import io.liaison.interaction.InteractionType;
import io.liaison.organisation.OrganisationKey;
import io.liaison.organisation.OrganisationRepository;
import io.liaison.report.EngagementGrouping;
import io.liaison.report.service.AppointeeReport;
import io.liaison.report.service.AppointeeReportQuery;
import io.liaison.report.service.EngagementReport;
import io.liaison.report.service.EngagementReportQuery;
import io.liaison.report.service.EngagementRow;
import io.liaison.report.service.ReportPeriod;
import io.liaison.stakeholder.rest.StakeholderResource;
import io.liaison.stakeholder.service.StakeholderService;
import io.liaison.stakeholder.service.StakeholderView;
import io.liaison.team.OfficeUnit;
import io.liaison.team.TeamRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reports for scripts and dashboards: each is one SQL statement in its query class, answered as JSON or, with
 * {@code Accept: text/csv}, as the same rows in a CSV file. README's "Reporting from a script" says how every figure
 * is counted.
 */
@Path(Api.BASE + "/reports")
@Tag(name = "Reports", description = "Engagement, appointee tracking and the stakeholder map, in JSON or CSV")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class ReportResource {

    private final OrganisationRepository organisations;
    private final EngagementReportQuery engagement;
    private final AppointeeReportQuery appointees;
    private final StakeholderService stakeholders;
    private final CsvExport csv;

    ReportResource(
            OrganisationRepository organisations,
            EngagementReportQuery engagement,
            AppointeeReportQuery appointees,
            StakeholderService stakeholders,
            CsvExport csv) {
        this.organisations = organisations;
        this.engagement = engagement;
        this.appointees = appointees;
        this.stakeholders = stakeholders;
        this.csv = csv;
    }

    /** The period both dated reports take. */
    public static class Period {
        @QueryParam("from")
        @Parameter(required = true, description = "First day of the period (Europe/London), included")
        public LocalDate from;

        @QueryParam("to")
        @Parameter(
                required = true,
                description = "Last day of the period, included; on or after from, less than 5 years later")
        public LocalDate to;

        ReportPeriod validated() {
            return ReportPeriod.of(from, to);
        }
    }

    public static class EngagementParams {
        @QueryParam("groupBy")
        @Parameter(
                required = true,
                description = "organisation, category (post category), party, owner (the current LEAD owner), unit"
                        + " and ownerRole (the LEAD owner's), policyArea or month",
                schema =
                        @Schema(
                                type = SchemaType.STRING,
                                enumeration = {
                                    "organisation",
                                    "category",
                                    "party",
                                    "owner",
                                    "unit",
                                    "ownerRole",
                                    "policyArea",
                                    "month"
                                }))
        public String groupBy;

        @QueryParam("ownerId")
        @Parameter(description = "Only stakeholders this team member owns today (LEAD or SUPPORT)")
        public UUID ownerId;

        @QueryParam("organisationId")
        @Parameter(description = "Only stakeholders who held a post in this organisation on some day of the period")
        public OrganisationKey organisationId;

        @QueryParam("londonAuthorities")
        @Parameter(
                description = "true: only stakeholders who held a post in one of the 33 London authorities (the 32"
                        + " boroughs and the City of London) on some day of the period; grouped by organisation, only"
                        + " those authorities are listed")
        public boolean londonAuthorities;

        @QueryParam("layout")
        @Parameter(
                description = "For Accept: text/csv. data (the default): one header row of field names, one row per"
                        + " group, as a script reads it. report: for a person opening it in a spreadsheet: a title,"
                        + " the period and the day of the figures first, readable column names, and a Total row"
                        + " counting each interaction and stakeholder once over the whole report",
                schema =
                        @Schema(
                                type = SchemaType.STRING,
                                enumeration = {"data", "report"}))
        public String layout;

        boolean reportLayout() {
            if (layout == null || layout.equals("data")) {
                return false;
            }
            if (layout.equals("report")) {
                return true;
            }
            throw ApiProblem.invalid("layout", "must be data or report");
        }

        EngagementReportQuery.Scope scope(OrganisationRepository organisations) {
            return new EngagementReportQuery.Scope(
                    ownerId, organisations.filter("organisationId", organisationId), londonAuthorities);
        }

        EngagementGrouping grouping() {
            if (groupBy == null || groupBy.isBlank()) {
                throw ApiProblem.invalid(
                        "groupBy", "is required: one of " + String.join(", ", EngagementGrouping.parameters()));
            }
            return EngagementGrouping.fromParameter(groupBy)
                    .orElseThrow(() -> ApiProblem.invalid(
                            "groupBy", "must be one of " + String.join(", ", EngagementGrouping.parameters())));
        }
    }

    @GET
    @Path("/engagement")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getEngagementReport",
            summary = "Engagement in a period, by group",
            description = "COMPLETED interactions by type, briefings delivered, stakeholders engaged, active"
                    + " stakeholders, coverage and alerts overdue now, for each group of the chosen grouping."
                    + " Also answers Accept: text/csv.")
    @Extension(name = StandardProblemResponses.CSV_EXTENSION, value = "true")
    public EngagementReport engagement(@BeanParam Period period, @BeanParam EngagementParams params) {
        return engagementReport(period, params);
    }

    @GET
    @Path("/engagement")
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true) // documented on the JSON form, which shares its path
    public Response engagementCsv(
            @BeanParam Period period,
            @BeanParam EngagementParams params,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        if (params.reportLayout()) {
            return engagementForPeople(period, params, csvEscape);
        }
        EngagementReport report = engagementReport(period, params);
        List<String> header = new ArrayList<>(List.of("key", "label", "interactions"));
        Arrays.stream(InteractionType.values()).forEach(t -> header.add(t.name()));
        header.addAll(List.of(
                "briefingsDelivered",
                "stakeholdersEngaged",
                "activeStakeholders",
                "activeStakeholdersEngaged",
                "coverage",
                "overdueAlerts"));
        return csv.stream(
                "engagement-" + report.groupBy() + ".csv",
                header,
                () -> Stream.of(report.rows()),
                r -> {
                    List<Object> cells = new ArrayList<>(List.of(nullToEmpty(r.key())));
                    cells.addAll(figures(r.label(), r));
                    return cells;
                },
                csvEscape);
    }

    private EngagementReport engagementReport(Period period, EngagementParams params) {
        EngagementGrouping grouping = params.grouping();
        return engagement.report(period.validated(), grouping, params.scope(organisations));
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    /** The grouping as a column heading. */
    private static final Map<String, String> GROUP_HEADINGS = Map.of(
            "organisation", "Organisation",
            "category", "Post category",
            "party", "Party",
            "owner", "LEAD owner",
            "unit", "Owner's unit",
            "ownerRole", "Owner's role",
            "policyArea", "Policy area",
            "month", "Month");

    /**
     * The engagement report as a person opens it in a spreadsheet: what it is and for which period on top, readable
     * headings, the groups, and a Total row whose figures are counted once over the whole report (so it is not the sum
     * of the rows above it when an interaction touched two groups).
     */
    private Response engagementForPeople(Period period, EngagementParams params, CsvEscape csvEscape) {
        EngagementReport report = engagementReport(period, params);
        EngagementRow total = engagement.total(period.validated(), params.scope(organisations));
        String heading = GROUP_HEADINGS.get(report.groupBy());
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of("Period", DAY.format(report.from()) + " to " + DAY.format(report.to())));
        lines.add(List.of("Figures of today as of", DAY.format(report.asOf())));
        if (params.londonAuthorities) {
            lines.add(List.of("Scope", "The 33 London authorities"));
        }
        lines.add(List.of());
        List<Object> headings = new ArrayList<>(List.of(heading, "Interactions"));
        Arrays.stream(InteractionType.values()).forEach(t -> headings.add(readable(t.name())));
        headings.addAll(List.of(
                "Briefings delivered",
                "Stakeholders engaged",
                "Active stakeholders",
                "Active stakeholders engaged",
                "Coverage",
                "Overdue alerts"));
        lines.add(headings);
        report.rows().forEach(r -> lines.add(figures(r.label(), r)));
        lines.add(figures("Total", total));
        return csv.stream(
                "engagement-" + report.groupBy() + "-" + report.from() + "-" + report.to() + ".csv",
                List.of("Engagement by " + heading.toLowerCase(java.util.Locale.UK)),
                () -> Stream.of(lines),
                line -> line,
                csvEscape);
    }

    private static List<Object> figures(String label, EngagementRow r) {
        List<Object> cells = new ArrayList<>(List.of(label, r.interactions()));
        Arrays.stream(InteractionType.values())
                .forEach(t -> cells.add(r.interactionsByType().get(t)));
        cells.addAll(Arrays.asList(
                r.briefingsDelivered(),
                r.stakeholdersEngaged(),
                r.activeStakeholders(),
                r.activeStakeholdersEngaged(),
                r.coverage(),
                r.overdueAlerts()));
        return cells;
    }

    private static String readable(String constant) {
        String words = constant.toLowerCase(java.util.Locale.UK).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + "s";
    }

    public static class AppointeeParams {
        @QueryParam("teamMemberId")
        @Parameter(description = "These team members (repeat the parameter); overrides role")
        public List<UUID> teamMemberIds;

        @QueryParam("role")
        @Parameter(
                description = "Team members with these office roles (repeat the parameter); DEPUTY_MAYOR,"
                        + " MAYORAL_APPOINTEE and MAYORAL_ADVISER when neither role nor teamMemberId is given")
        public List<TeamRole> roles;

        @QueryParam("unit")
        public OfficeUnit unit;

        @QueryParam("includeInactive")
        @Parameter(description = "Also team members no longer active (default false)")
        public Boolean includeInactive;

        AppointeeReportQuery.Filter toFilter() {
            return new AppointeeReportQuery.Filter(
                    teamMemberIds == null ? List.of() : teamMemberIds,
                    roles == null ? List.of() : roles,
                    unit,
                    Boolean.TRUE.equals(includeInactive));
        }
    }

    @GET
    @Path("/appointees")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getAppointeeReport",
            summary = "Engagement of Deputy Mayors, Mayoral Appointees and advisers (or any team members)",
            description = "Relationships owned, interactions attended and briefings delivered in the period,"
                    + " follow-ups open and overdue, alerts overdue now, last engagement, stakeholders past their"
                    + " contact cadence. Also answers Accept: text/csv.")
    @Extension(name = StandardProblemResponses.CSV_EXTENSION, value = "true")
    public AppointeeReport appointees(@BeanParam Period period, @BeanParam AppointeeParams params) {
        return appointees.report(period.validated(), params.toFilter());
    }

    @GET
    @Path("/appointees")
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true) // documented on the JSON form, which shares its path
    public Response appointeesCsv(
            @BeanParam Period period,
            @BeanParam AppointeeParams params,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        AppointeeReport report = appointees.report(period.validated(), params.toFilter());
        return csv.stream(
                "appointees.csv",
                List.of(
                        "teamMemberId",
                        "fullName",
                        "role",
                        "unit",
                        "active",
                        "leadRelationships",
                        "supportRelationships",
                        "interactionsAttended",
                        "briefingsDelivered",
                        "followUpsOpen",
                        "followUpsOverdue",
                        "alertsOverdue",
                        "lastEngagement",
                        "stakeholdersPastContactCadence"),
                () -> Stream.of(report.rows()),
                r -> Arrays.asList(
                        r.teamMemberId(),
                        r.fullName(),
                        r.role(),
                        r.unit(),
                        r.active(),
                        r.leadRelationships(),
                        r.supportRelationships(),
                        r.interactionsAttended(),
                        r.briefingsDelivered(),
                        r.followUpsOpen(),
                        r.followUpsOverdue(),
                        r.alertsOverdue(),
                        r.lastEngagement(),
                        r.stakeholdersPastContactCadence()),
                csvEscape);
    }

    @GET
    @Path("/stakeholder-map")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getStakeholderMap",
            summary = "The influence/interest grid: how many stakeholders in each cell",
            description = "Takes the stakeholder list's filters (ACTIVE stakeholders unless status or"
                    + " includeArchived says otherwise); the stakeholders in one cell are at"
                    + " /reports/stakeholder-map/stakeholders. Also answers Accept: text/csv.")
    @Extension(name = StandardProblemResponses.CSV_EXTENSION, value = "true")
    public StakeholderMap map(
            @Valid @BeanParam StakeholderResource.Filters filters, @Valid @BeanParam PageParams page) {
        return grid(filters, page);
    }

    @GET
    @Path("/stakeholder-map")
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true) // documented on the JSON form, which shares its path
    public Response mapCsv(
            @Valid @BeanParam StakeholderResource.Filters filters,
            @Valid @BeanParam PageParams page,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        StakeholderMap map = grid(filters, page);
        List<List<Object>> rows = new ArrayList<>();
        map.cells().forEach(c -> rows.add(List.of(c.influence(), c.interest(), c.count())));
        rows.add(Arrays.asList("", "", map.unrated()));
        return csv.stream(
                "stakeholder-map.csv",
                List.of("influence", "interest", "count"),
                () -> Stream.of(rows),
                r -> r,
                csvEscape);
    }

    private StakeholderMap grid(StakeholderResource.Filters filters, PageParams page) {
        Map<String, Long> counts = stakeholders.grid(filters.toFilter(organisations), page).stream()
                .collect(Collectors.toMap(
                        g -> g.influence() + "/" + g.interest(), StakeholderService.GridCount::count, Long::sum));
        List<StakeholderMap.Cell> cells = new ArrayList<>();
        long rated = 0;
        for (int influence = 5; influence >= 1; influence--) {
            for (int interest = 1; interest <= 5; interest++) {
                long count = counts.getOrDefault(influence + "/" + interest, 0L);
                cells.add(new StakeholderMap.Cell(influence, interest, count));
                rated += count;
            }
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new StakeholderMap(cells, total - rated, total);
    }

    @GET
    @Path("/stakeholder-map/stakeholders")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listStakeholderMapCell",
            summary = "The stakeholders in one cell of the influence/interest grid",
            description = "influence and interest are required; the other filters and paging are the stakeholder"
                    + " list's. Sort fields: lastName, firstName, priority (HIGH first), influence, interest,"
                    + " termEndDate, party, createdAt, updatedAt (default lastName). Also answers Accept: text/csv.")
    @Extension(name = StandardProblemResponses.CSV_EXTENSION, value = "true")
    public PageResponse<StakeholderView> cell(
            @Valid @BeanParam StakeholderResource.Filters filters, @Valid @BeanParam PageParams page) {
        requireCell(filters);
        return stakeholders.list(filters.toFilter(organisations), page);
    }

    @GET
    @Path("/stakeholder-map/stakeholders")
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true) // documented on the JSON form, which shares its path
    public Response cellCsv(
            @Valid @BeanParam StakeholderResource.Filters filters,
            @Valid @BeanParam PageParams page,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        requireCell(filters);
        return csv.stream("stakeholders.csv", stakeholders.csvRows(filters.toFilter(organisations), page), csvEscape);
    }

    private static void requireCell(StakeholderResource.Filters filters) {
        if (filters.influence == null) {
            throw ApiProblem.invalid("influence", "is required (1 to 5)");
        }
        if (filters.interest == null) {
            throw ApiProblem.invalid("interest", "is required (1 to 5)");
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
