package io.liaison.coverage.rest;

import io.liaison.common.csv.CsvEscape;
import io.liaison.common.csv.CsvExport;
import io.liaison.common.http.Api;
import io.liaison.common.openapi.StandardProblemResponses;
import io.liaison.common.paging.ComputedForToday;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.SortedPaging;
import io.liaison.common.security.Roles;
import io.liaison.coverage.service.CoverageCell;
import io.liaison.coverage.service.CoverageQuery;
import io.liaison.organisation.OrganisationRepository;
import io.liaison.stakeholder.OwnershipRole;
import io.liaison.team.service.TeamMemberService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The briefing coverage of the stakeholders one team member owns today. */
@Path(Api.BASE + "/team-members/{teamMemberId}/coverage")
@Tag(name = "Briefing coverage")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class MemberCoverageResource {

    private final OrganisationRepository organisations;
    private final CoverageQuery coverage;
    private final TeamMemberService members;
    private final CsvExport csv;

    MemberCoverageResource(
            OrganisationRepository organisations, CoverageQuery coverage, TeamMemberService members, CsvExport csv) {
        this.organisations = organisations;
        this.coverage = coverage;
        this.members = members;
        this.csv = csv;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listTeamMemberCoverage",
            summary = "Briefing coverage of the stakeholders a team member owns today",
            description = CoverageResource.DESCRIPTION)
    @Extension(name = StandardProblemResponses.CSV_EXTENSION, value = "true")
    public PageResponse<CoverageCell> portfolio(
            @PathParam("teamMemberId") UUID id,
            @QueryParam("role") @Parameter(description = "Only LEAD or only SUPPORT relationships") OwnershipRole role,
            @Valid @BeanParam CoverageResource.Filters filters,
            @Valid @BeanParam SortedPaging page,
            @BeanParam ComputedForToday today) {
        today.check();
        // Cells are found through the member's ownerships.
        return CoverageResource.cellsOf(
                coverage, filters.toFilter(null, id, role, organisations), page.asPageParams(), () -> members.get(id));
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true)
    public Response portfolioCsv(
            @PathParam("teamMemberId") UUID id,
            @QueryParam("role") OwnershipRole role,
            @Valid @BeanParam CoverageResource.Filters filters,
            @Valid @BeanParam SortedPaging page,
            @BeanParam ComputedForToday today,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        today.check();
        members.get(id);
        return CoverageResource.export(
                csv, coverage, filters.toFilter(null, id, role, organisations), page.asPageParams(), csvEscape);
    }
}
