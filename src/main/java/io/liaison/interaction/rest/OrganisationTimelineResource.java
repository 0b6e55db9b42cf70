package io.liaison.interaction.rest;

import io.liaison.common.http.Api;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.security.Roles;
import io.liaison.interaction.service.InteractionQueries;
import io.liaison.interaction.service.InteractionView;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organisation's interactions through the holders of its posts. */
@Path(Api.BASE + "/organisations/{organisationId}/interactions")
@Tag(name = "Interactions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class OrganisationTimelineResource {

    private final InteractionQueries interactions;
    private final OrganisationRepository organisations;

    OrganisationTimelineResource(InteractionQueries interactions, OrganisationRepository organisations) {
        this.interactions = interactions;
        this.organisations = organisations;
    }

    @GET
    @Operation(
            operationId = "listOrganisationInteractions",
            summary = "An organisation's timeline: interactions with the holders of its posts, while they held them",
            description = "Newest first. Sort fields: startsAt, createdAt, updatedAt (default -startsAt).")
    public PageResponse<InteractionView> timeline(
            @PathParam("organisationId") OrganisationKey key,
            @Valid @BeanParam InteractionFilters filters,
            @Valid @BeanParam PageParams page) {
        UUID id = organisations.existing(key);
        return interactions.list(filters.toFilter(null, id, null), page);
    }
}
