package io.liaison.interaction.rest;

import io.liaison.common.http.Api;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.security.Roles;
import io.liaison.interaction.service.InteractionQueries;
import io.liaison.interaction.service.InteractionView;
import io.liaison.stakeholder.service.StakeholderService;
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

/** A stakeholder's interactions, newest first. */
@Path(Api.BASE + "/stakeholders/{stakeholderId}/interactions")
@Tag(name = "Interactions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class StakeholderTimelineResource {

    private final InteractionQueries interactions;
    private final StakeholderService stakeholders;

    StakeholderTimelineResource(InteractionQueries interactions, StakeholderService stakeholders) {
        this.interactions = interactions;
        this.stakeholders = stakeholders;
    }

    @GET
    @Operation(
            operationId = "listStakeholderInteractions",
            summary = "A stakeholder's timeline",
            description = "Newest first; the interaction list's filters apply. Sort fields: startsAt, createdAt,"
                    + " updatedAt (default -startsAt).")
    public PageResponse<InteractionView> timeline(
            @PathParam("stakeholderId") UUID id,
            @Valid @BeanParam InteractionFilters filters,
            @Valid @BeanParam PageParams page) {
        stakeholders.get(id);
        return interactions.list(filters.toFilter(id, null, null), page);
    }
}
