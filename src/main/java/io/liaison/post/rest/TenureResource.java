package io.liaison.post.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaison.common.error.Problem;
import io.liaison.common.http.Api;
import io.liaison.common.http.ETags;
import io.liaison.common.http.ExpectedVersion;
import io.liaison.common.http.IdempotentPost;
import io.liaison.common.http.RecordWrites;
import io.liaison.common.json.JsonMergePatch;
import io.liaison.common.json.MergePatcher;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.security.Roles;
import io.liaison.post.Tenure;
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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/posts/{postId}/tenures")
@Tag(name = "Posts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class TenureResource {

    private final TenureService service;
    private final IdempotentPost idempotent;
    private final MergePatcher patcher;

    private final RecordWrites writes;

    TenureResource(TenureService service, IdempotentPost idempotent, MergePatcher patcher, RecordWrites writes) {
        this.writes = writes;
        this.service = service;
        this.idempotent = idempotent;
        this.patcher = patcher;
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
        return withETag(service.get(postId, tenureId));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTenure", summary = "Appoint a holder to the post from a date")
    @APIResponse(
            responseCode = "201",
            description = "Appointed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TenureView.class)))
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
        String path = Api.BASE + "/posts/" + postId + "/tenures";
        return idempotent.run(idempotencyKey, path, body, () -> {
            TenureView created = service.response(service.appoint(postId, writes.command(body, NewTenure.class)));
            return ETags.created(URI.create(path + "/" + created.id()), created, created.version());
        });
    }

    @PATCH
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Path("/{tenureId}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchTenure", summary = "Change a tenure's dates; {\"endDate\": \"2026-05-08\"} ends it")
    @APIResponse(
            responseCode = "200",
            description = "The record as it is now",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TenureView.class)))
    @APIResponse(responseCode = "409", description = "The new dates overlap another tenure of the post")
    public RestResponse<TenureView> patch(
            @PathParam("postId") UUID postId,
            @PathParam("tenureId") UUID tenureId,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Schema(implementation = TenureDates.class) JsonNode patch) {
        TenureDates patched = patcher.apply(TenureRange.of(service.get(postId, tenureId)), patch, TenureDates.class);
        return withETag(writes.inOneTransaction(() -> service.response(service.changeDates(
                postId, tenureId, ExpectedVersion.fromIfMatch(ifMatch), writes.command(patched, TenureRange.class)))));
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

    private RestResponse<TenureView> withETag(Tenure tenure) {
        return withETag(service.response(tenure));
    }

    private static RestResponse<TenureView> withETag(TenureView tenure) {
        return ETags.ok(tenure, tenure.version());
    }
}
