package io.liaison.interaction.rest;

import io.liaison.common.http.Api;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.security.Roles;
import io.liaison.interaction.service.InteractionQueries;
import io.liaison.interaction.service.InteractionView;
import io.liaison.post.service.PostService;
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

/** A post's interactions through its holders, during their tenures. */
@Path(Api.BASE + "/posts/{postId}/interactions")
@Tag(name = "Interactions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class PostTimelineResource {

    private final InteractionQueries interactions;
    private final PostService posts;

    PostTimelineResource(InteractionQueries interactions, PostService posts) {
        this.interactions = interactions;
        this.posts = posts;
    }

    @GET
    @Operation(
            operationId = "listPostInteractions",
            summary = "A post's timeline: its holders' interactions during their tenures",
            description = "So the history of \"Leader of Barnet Council\" survives elections. Newest first. Sort"
                    + " fields: startsAt, createdAt, updatedAt (default -startsAt).")
    public PageResponse<InteractionView> timeline(
            @PathParam("postId") UUID id,
            @Valid @BeanParam InteractionFilters filters,
            @Valid @BeanParam PageParams page) {
        posts.get(id);
        return interactions.list(filters.toFilter(null, null, id), page);
    }
}
