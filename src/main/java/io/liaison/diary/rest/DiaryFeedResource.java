package io.liaison.diary.rest;

import io.liaison.common.error.Problem;
import io.liaison.common.http.Api;
import io.liaison.common.security.Roles;
import io.liaison.diary.service.DiaryFeedService;
import io.liaison.diary.service.DiaryFeedStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A team member's diary feed: on or off, and its secret URL rotated. Only the member themselves or an ADMIN. */
@Path(Api.BASE + "/team-members/{teamMemberId}/diary-feed")
@Tag(name = "Diary feed", description = "An iCalendar feed per team member: their meetings and alert due dates")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
@Produces(MediaType.APPLICATION_JSON)
public class DiaryFeedResource {

    private final DiaryFeedService feeds;

    DiaryFeedResource(DiaryFeedService feeds) {
        this.feeds = feeds;
    }

    @GET
    @Operation(
            operationId = "getDiaryFeed",
            summary = "Whether the member's diary feed is on (the URL is shown only when rotated)")
    public DiaryFeedStatus status(@PathParam("teamMemberId") UUID id) {
        return feeds.status(id);
    }

    @POST
    @Path("/secret")
    @Operation(
            operationId = "rotateDiaryFeedSecret",
            summary = "Turn the diary feed on, or rotate its secret",
            description = "Returns the feed's URL, with a new secret, this once; the previous URL stops working at"
                    + " once. Only the member themselves or an ADMIN.")
    @APIResponseSchema(
            value = DiaryFeedStatus.class,
            responseCode = "200",
            responseDescription = "The new secret's feed, with its URL (shown this once)")
    @APIResponse(responseCode = "409", description = "The team member is inactive")
    public DiaryFeedStatus rotate(@PathParam("teamMemberId") UUID id, @Context UriInfo uri) {
        String base = uri.getBaseUriBuilder()
                .path(Api.BASE.substring(1))
                .path("diary-feeds")
                .build()
                .toString();
        return feeds.rotate(id, base);
    }

    @DELETE
    // A 204 has no body: a client that asks only for the error type (problem+json) gets it, never a 406.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "deleteDiaryFeed", summary = "Turn the diary feed off (its URL stops working)")
    @APIResponse(responseCode = "204", description = "Off")
    public void turnOff(@PathParam("teamMemberId") UUID id) {
        feeds.turnOff(id);
    }
}
