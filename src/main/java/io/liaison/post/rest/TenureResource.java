package io.liaison.post.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaison.common.error.Problem;
import io.liaison.common.http.Api;
import io.liaison.common.http.ExpectedVersion;
import io.liaison.common.http.IdempotentPost;
import io.liaison.common.http.RecordAnswer;
import io.liaison.common.http.RecordWrites;
import io.liaison.common.json.JsonMergePatch;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.security.Roles;
import io.liaison.post.service.NewTenure;
import io.liaison.post.service.TenureRange;
import io.liaison.post.service.TenureService;
import io.liaison.post.service.TenureView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/posts/{postId}/tenures")
@Tag(name = "Posts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class TenureResource {

    private final TenureService service;
    private final RecordWrites writes;

    TenureResource(TenureService service, RecordWrites writes) {
        this.writes = writes;
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listPostTenures",
            summary = "A post's holder history",
            description = "Sort fields: startDate, endDate (default -startDate).")
    public PageResponse<TenureView> history(@PathParam("postId") UUID postId, @Valid @BeanParam PageParams page) {
        return service.history(postId, page);
    }

    @GET
    @Path("/{tenureId}")
    @Operation(operationId = "getTenure", summary = "Get a tenure")
    public RestResponse<TenureView> get(@PathParam("postId") UUID postId, @PathParam("tenureId") UUID tenureId) {
        return answer(postId).ok(service.response(service.get(postId, tenureId)));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTenure", summary = "Appoint a holder to the post from a date")
    @APIResponseSchema(value = TenureView.class, responseCode = "201", responseDescription = "Appointed")
    @APIResponse(
            responseCode = "409",
            description = "The post has a holder in that period (end that tenure first)," + " or the post is archived")
    @APIResponse(
            responseCode = "422",
            description = "Unknown or archived stakeholderId; or an Idempotency-Key reused" + " with another body")
    public Response appoint(
            @PathParam("postId") UUID postId,
            @HeaderParam(IdempotentPost.HEADER) @Parameter(description = "Makes a retry safe") String idempotencyKey,
            @Valid @NotNull TenureRequest body) {
        return writes.create(
                idempotencyKey,
                body,
                NewTenure.class,
                tenure -> service.response(service.appoint(postId, tenure)),
                answer(postId));
    }

    @PATCH
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Path("/{tenureId}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchTenure", summary = "Change a tenure's dates; {\"endDate\": \"2026-05-08\"} ends it")
    @APIResponseSchema(value = TenureView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
    @APIResponse(responseCode = "409", description = "The new dates overlap another tenure of the post")
    public RestResponse<TenureView> patch(
            @PathParam("postId") UUID postId,
            @PathParam("tenureId") UUID tenureId,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Schema(implementation = TenureDates.class) JsonNode patch) {
        TenureRange current = TenureRange.of(service.get(postId, tenureId));
        return writes.patch(
                ifMatch,
                current,
                patch,
                TenureDates.class,
                TenureRange.class,
                (expected, range) -> service.response(service.changeDates(postId, tenureId, expected, range)),
                answer(postId));
    }

    @DELETE
    // A 204 has no body: a client that asks only for the error type (problem+json) gets it, never a 406.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Path("/{tenureId}")
    @Operation(
            operationId = "deleteTenure",
            summary = "Delete a tenure recorded by mistake",
            description = "To end a tenure, set its endDate.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> delete(
            @PathParam("postId") UUID postId,
            @PathParam("tenureId") UUID tenureId,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch) {
        service.delete(postId, tenureId, ExpectedVersion.fromIfMatch(ifMatch));
        return RestResponse.noContent();
    }

    /** A post's tenures live under the post. */
    private static RecordAnswer<TenureView> answer(UUID postId) {
        return RecordAnswer.of(Api.BASE + "/posts/" + postId + "/tenures", TenureView::id, TenureView::version);
    }
}
