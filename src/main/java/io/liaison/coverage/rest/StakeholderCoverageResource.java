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
import io.liaison.coverage.service.CoverageCell;
import io.liaison.coverage.service.CoverageQuery;
import io.liaison.organisation.OrganisationRepository;
import io.liaison.stakeholder.service.StakeholderService;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One stakeholder's briefing coverage matrix. */
@Path(Api.BASE + "/stakeholders/{stakeholderId}/coverage")
@Tag(name = "Briefing coverage")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class StakeholderCoverageResource {

    private final OrganisationRepository organisations;
    private final CoverageQuery coverage;
    private final StakeholderService stakeholders;
    private final CsvExport csv;

    StakeholderCoverageResource(
            OrganisationRepository organisations,
            CoverageQuery coverage,
            StakeholderService stakeholders,
            CsvExport csv) {
        this.organisations = organisations;
        this.coverage = coverage;
        this.stakeholders = stakeholders;
        this.csv = csv;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listStakeholderCoverage",
            summary = "One stakeholder's briefing coverage",
            description = CoverageResource.DESCRIPTION)
    @Extension(name = StandardProblemResponses.CSV_EXTENSION, value = "true")
    public PageResponse<CoverageCell> stakeholder(
            @PathParam("stakeholderId") UUID id,
            @Valid @BeanParam CoverageResource.Filters filters,
            @Valid @BeanParam SortedPaging page,
            @BeanParam ComputedForToday today) {
        today.check();
        PageParams params = page.asPageParams();
        params.includeArchived = true; // asked for by id: shown even when archived
        // Cells belong to a stakeholder.
        return CoverageResource.cellsOf(
                coverage, filters.toFilter(id, null, null, organisations), params, () -> stakeholders.get(id));
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true)
    public Response stakeholderCsv(
            @PathParam("stakeholderId") UUID id,
            @Valid @BeanParam CoverageResource.Filters filters,
            @Valid @BeanParam SortedPaging page,
            @BeanParam ComputedForToday today,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        today.check();
        stakeholders.get(id);
        PageParams params = page.asPageParams();
        params.includeArchived = true;
        return CoverageResource.export(
                csv, coverage, filters.toFilter(id, null, null, organisations), params, csvEscape);
    }
}
