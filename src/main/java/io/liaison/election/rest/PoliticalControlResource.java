package io.liaison.election.rest;

import io.liaison.common.http.Api;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.Paging;
import io.liaison.common.security.Roles;
import io.liaison.election.service.PoliticalControlHistory;
import io.liaison.organisation.OrganisationKey;
import io.liaison.organisation.OrganisationRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/organisations/{organisationId}/political-control")
@Tag(name = "Elections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class PoliticalControlResource {

    private final PoliticalControlHistory history;
    private final OrganisationRepository organisations;

    PoliticalControlResource(PoliticalControlHistory history, OrganisationRepository organisations) {
        this.history = history;
        this.organisations = organisations;
    }

    @GET
    @Operation(
            operationId = "listOrganisationPoliticalControl",
            summary = "An organisation's political control over time, newest first",
            description = "As election results recorded it (POST /elections/results), each with the day it took"
                    + " effect. The organisation itself shows the control in effect today.")
    public PageResponse<PoliticalControlHistory.Change> list(
            @PathParam("organisationId") OrganisationKey key, @Valid @BeanParam Paging page) {
        return PageResponse.slice(history.of(organisations.existing(key)), page);
    }
}
