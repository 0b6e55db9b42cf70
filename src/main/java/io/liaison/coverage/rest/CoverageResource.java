package io.liaison.coverage.rest;

import io.liaison.common.csv.CsvEscape;
import io.liaison.common.csv.CsvExport;
import io.liaison.common.http.Api;
import io.liaison.common.openapi.StandardProblemResponses;
import io.liaison.common.paging.ComputedForToday;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.SortedPaging;
import io.liaison.common.security.Roles;
import io.liaison.coverage.CoverageStatus;
import io.liaison.coverage.service.CoverageCell;
import io.liaison.coverage.service.CoverageQuery;
import io.liaison.organisation.OrganisationKey;
import io.liaison.organisation.OrganisationRepository;
import io.liaison.stakeholder.OwnershipRole;
import io.liaison.stakeholder.PostCategory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The office's briefing coverage matrix. One stakeholder's (StakeholderCoverageResource) and one owner's portfolio
 * (MemberCoverageResource) are the same query with the same filters, in JSON and CSV.
 */
@Path(Api.BASE + "/coverage")
@Tag(name = "Briefing coverage", description = "Stakeholder × policy area: last briefed, cadence, next due, status")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class CoverageResource {

    static final String DESCRIPTION = "One cell per policy area of the stakeholder's ACTIVE plan, and a"
            + " NOT_PLANNED cell per area briefed outside it. Sort fields: stakeholder, policyArea, lastBriefed,"
            + " nextDue, status (default stakeholder,policyArea). Also answers Accept: text/csv.";

    private final OrganisationRepository organisations;
    private final CoverageQuery coverage;
    private final CsvExport csv;

    CoverageResource(OrganisationRepository organisations, CoverageQuery coverage, CsvExport csv) {
        this.organisations = organisations;
        this.coverage = coverage;
        this.csv = csv;
    }

    /** The filters all three views share. */
    public static class Filters {
        @QueryParam("organisationId")
        @Parameter(description = "Stakeholders holding a post in this organisation today")
        public OrganisationKey organisationId;

        @QueryParam("category")
        @Parameter(description = "Stakeholders holding a post of this category today")
        public PostCategory category;

        @QueryParam("policyArea")
        @Size(max = 40)
        @Parameter(description = "Only cells for this policy area (code)")
        public String policyArea;

        @QueryParam("notBriefedForDays")
        @Min(0)
        @Max(36500)
        @Parameter(
                description = "Only cells never briefed, or last briefed at least this many days ago;"
                        + " with policyArea: \"not briefed on X for N days\"")
        public Integer notBriefedForDays;

        @QueryParam("status")
        public CoverageStatus status;

        @QueryParam("dueBy")
        @Parameter(description = "Only planned cells due on or before this day, overdue ones included")
        public LocalDate dueBy;

        CoverageQuery.Filter toFilter(
                UUID stakeholderId, UUID ownerId, OwnershipRole ownerRole, OrganisationRepository organisations) {
            return new CoverageQuery.Filter(
                    stakeholderId,
                    ownerId,
                    ownerRole,
                    organisations.filter("organisationId", organisationId),
                    category,
                    policyArea,
                    notBriefedForDays,
                    status,
                    dueBy);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listOfficeCoverage",
            summary = "The office's briefing coverage matrix",
            description = DESCRIPTION)
    @Extension(name = StandardProblemResponses.CSV_EXTENSION, value = "true")
    public PageResponse<CoverageCell> office(
            @QueryParam("stakeholderId") UUID stakeholderId,
            @QueryParam("ownerId") @Parameter(description = "Stakeholders this team member owns today") UUID ownerId,
            @QueryParam("ownerRole") @Parameter(description = "With ownerId: only LEAD or only SUPPORT")
                    OwnershipRole ownerRole,
            @Valid @BeanParam Filters filters,
            @Valid @BeanParam SortedPaging page,
            @BeanParam ComputedForToday today) {
        today.check();
        return coverage.list(filters.toFilter(stakeholderId, ownerId, ownerRole, organisations), page.asPageParams());
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true) // documented on the JSON form, which shares its path
    public Response officeCsv(
            @QueryParam("stakeholderId") UUID stakeholderId,
            @QueryParam("ownerId") UUID ownerId,
            @QueryParam("ownerRole") OwnershipRole ownerRole,
            @Valid @BeanParam Filters filters,
            @Valid @BeanParam SortedPaging page,
            @BeanParam ComputedForToday today,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        today.check();
        return export(
                csv,
                coverage,
                filters.toFilter(stakeholderId, ownerId, ownerRole, organisations),
                page.asPageParams(),
                csvEscape);
    }

    /**
     * The cells of one record's matrix (a stakeholder's, or a team member's portfolio's), which must exist: cells show
     * that it does, so only an empty matrix asks ({@code mustExist}, which answers 404 for an unknown id).
     */
    static PageResponse<CoverageCell> cellsOf(
            CoverageQuery coverage, CoverageQuery.Filter filter, PageParams params, Runnable mustExist) {
        PageResponse<CoverageCell> cells = coverage.list(filter, params);
        if (cells.totalItems() == 0) {
            mustExist.run();
        }
        return cells;
    }

    /** The CSV form of any of the three views: every matching cell, in the list's order, streamed. */
    static Response export(
            CsvExport csv, CoverageQuery coverage, CoverageQuery.Filter filter, PageParams page, CsvEscape escape) {
        return csv.copy("coverage.csv", coverage.csv(filter, page), escape);
    }
}
