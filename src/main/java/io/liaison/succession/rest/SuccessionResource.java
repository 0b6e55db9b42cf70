package io.liaison.succession.rest;

import io.liaison.common.http.Api;
import io.liaison.common.http.IdempotentPost;
import io.liaison.common.http.RecordWrites;
import io.liaison.common.security.Roles;
import io.liaison.succession.service.Succession;
import io.liaison.succession.service.SuccessionResult;
import io.liaison.succession.service.SuccessionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/posts/{postId}/successions")
@Tag(name = "Posts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class SuccessionResource {

    private final SuccessionService service;
    private final RecordWrites writes;
    private final IdempotentPost idempotent;

    SuccessionResource(SuccessionService service, RecordWrites writes, IdempotentPost idempotent) {
        this.service = service;
        this.writes = writes;
        this.idempotent = idempotent;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createSuccession",
            summary = "Give the post a new holder from a date, in one call",
            description = "Ends the current tenure on the date and appoints the successor (an existing stakeholder,"
                    + " or a new one given inline) from that day; optionally moves the outgoing holder's relationship"
                    + " owners and plan to the successor and takes them off their scheduled meetings after the day."
                    + " Answers with what it did and what it left open. All or nothing, audited; with dryRun=true"
                    + " nothing is written and the answer is what the call would do.")
    @APIResponse(
            responseCode = "201",
            description = "Done; Location is the successor's new tenure",
            headers =
                    @Header(
                            name = "Location",
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                            format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SuccessionResult.class)))
    @APIResponse(
            responseCode = "200",
            description = "The dry run's answer: nothing was written",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SuccessionResult.class)))
    @APIResponse(
            responseCode = "409",
            description = "The successor already holds the post; the current tenure starts on the date; a later"
                    + " tenure of the post is in the way (named, with its holder); or the post is archived")
    @APIResponse(
            responseCode = "422",
            description = "Neither or both of successorId and newHolder; an unknown or archived successor; or an"
                    + " Idempotency-Key reused with another body")
    public Response succeed(
            @PathParam("postId") UUID postId,
            @QueryParam("dryRun") @DefaultValue("false") @Parameter(description = "Check only, write nothing")
                    boolean dryRun,
            @HeaderParam(IdempotentPost.HEADER)
                    @Parameter(description = "Makes a retry safe (ignored by a dry run, which writes nothing)")
                    String idempotencyKey,
            @Valid @NotNull SuccessionRequest body) {
        Succession succession = writes.command(body, Succession.class);
        if (dryRun) {
            return Response.ok(service.succeed(postId, succession, true)).build();
        }
        return idempotent.run(idempotencyKey, Api.BASE + "/posts/" + postId + "/successions", body, () -> {
            SuccessionResult result = service.succeed(postId, succession, false);
            return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, result)
                    .location(URI.create(Api.BASE + "/posts/" + postId + "/tenures/"
                            + result.newTenure().id()))
                    .build();
        });
    }
}
