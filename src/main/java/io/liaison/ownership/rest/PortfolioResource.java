package io.liaison.ownership.rest;

import io.liaison.common.csv.CsvEscape;
import io.liaison.common.csv.CsvExport;
import io.liaison.common.http.Api;
import io.liaison.common.http.RecordWrites;
import io.liaison.common.openapi.StandardProblemResponses;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.security.Roles;
import io.liaison.organisation.OrganisationRepository;
import io.liaison.ownership.service.BulkHandoverResult;
import io.liaison.ownership.service.OwnershipCommands.BulkHandover;
import io.liaison.ownership.service.OwnershipService;
import io.liaison.ownership.service.PortfolioItem;
import io.liaison.stakeholder.OwnershipRole;
import io.liaison.stakeholder.rest.StakeholderResource;
import io.liaison.stakeholder.service.StakeholderService;
import io.liaison.team.service.TeamMemberService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A team member's side of ownership: what they own, and handing it all over when they leave. */
@Path(Api.BASE + "/team-members")
@Tag(name = "Ownership")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class PortfolioResource {

    private final OrganisationRepository organisations;
    private final OwnershipService ownership;
    private final StakeholderService stakeholders;
    private final TeamMemberService members;
    private final CsvExport csv;

    private final RecordWrites writes;

    PortfolioResource(
            OrganisationRepository organisations,
            OwnershipService ownership,
            StakeholderService stakeholders,
            TeamMemberService members,
            CsvExport csv,
            RecordWrites writes) {
        this.organisations = organisations;
        this.writes = writes;
        this.ownership = ownership;
        this.stakeholders = stakeholders;
        this.members = members;
        this.csv = csv;
    }

    @GET
    @Path("/{teamMemberId}/portfolio")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listTeamMemberPortfolio",
            summary = "The stakeholders a team member owns today, each with the member's role (LEAD or SUPPORT)",
            description = "The stakeholder list's filters apply. Sort fields: lastName, firstName, priority (HIGH"
                    + " first), influence, interest, termEndDate, party, createdAt, updatedAt (default lastName). Also"
                    + " answers Accept: text/csv.")
    @Extension(name = StandardProblemResponses.CSV_EXTENSION, value = "true")
    public PageResponse<PortfolioItem> portfolio(
            @PathParam("teamMemberId") UUID teamMemberId,
            @QueryParam("role") @Parameter(description = "Only LEAD or only SUPPORT") OwnershipRole role,
            @Valid @BeanParam StakeholderResource.Filters filters,
            @Valid @BeanParam PageParams page) {
        return ownership.portfolio(teamMemberId, stakeholders.list(portfolioFilter(teamMemberId, role, filters), page));
    }

    @GET
    @Path("/{teamMemberId}/portfolio")
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true) // documented on the JSON form, which shares its path
    public Response portfolioCsv(
            @PathParam("teamMemberId") UUID teamMemberId,
            @QueryParam("role") OwnershipRole role,
            @Valid @BeanParam StakeholderResource.Filters filters,
            @Valid @BeanParam PageParams page,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        var filter = portfolioFilter(teamMemberId, role, filters);
        return csv.stream("portfolio.csv", stakeholders.csvRows(filter, page), csvEscape);
    }

    @POST
    @Path("/{teamMemberId}/handover")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "handOverTeamMemberPortfolio",
            summary = "Hand over all of a leaving member's relationships (and optionally plans) in one call",
            description = "To one successor, or by stakeholder through mapping (successorId then takes the rest). The"
                    + " leaver's seat at each scheduled meeting ahead goes to the colleague who took the relationship"
                    + " with one of its stakeholders. The answer lists what moved and what the leaver still has"
                    + " (leftBehind). All or nothing: if any part cannot be done, nothing moves.")
    @APIResponseSchema(
            value = BulkHandoverResult.class,
            responseCode = "200",
            responseDescription = "What moved, and to whom")
    @APIResponse(
            responseCode = "422",
            description = "Unknown or inactive successors, stakeholders without a"
                    + " successor, or a mapping naming a stakeholder the leaver does not own")
    public BulkHandoverResult handover(
            @PathParam("teamMemberId") UUID teamMemberId, @Valid @NotNull BulkHandoverRequest body) {
        return ownership.bulkHandover(teamMemberId, writes.command(body, BulkHandover.class));
    }

    private StakeholderService.Filter portfolioFilter(
            UUID teamMemberId, OwnershipRole role, StakeholderResource.Filters filters) {
        members.get(teamMemberId);
        StakeholderService.Filter f = filters.toFilter(organisations);
        return new StakeholderService.Filter(
                f.q(),
                f.category(),
                f.organisationId(),
                f.party(),
                f.priority(),
                f.policyArea(),
                f.status(),
                teamMemberId,
                role == null ? null : role.name(),
                f.noLeadOwner(),
                f.influence(),
                f.interest(),
                f.notContactedSince(),
                f.notMetSince());
    }
}
