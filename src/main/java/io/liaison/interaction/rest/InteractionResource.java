package io.liaison.interaction.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaison.common.csv.CsvEscape;
import io.liaison.common.csv.CsvExport;
import io.liaison.common.http.Api;
import io.liaison.common.http.ETags;
import io.liaison.common.http.ExpectedVersion;
import io.liaison.common.http.IdempotentPost;
import io.liaison.common.http.RecordWrites;
import io.liaison.common.json.JsonMergePatch;
import io.liaison.common.json.MergePatcher;
import io.liaison.common.openapi.StandardProblemResponses;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.security.Roles;
import io.liaison.interaction.service.CompletionDetails;
import io.liaison.interaction.service.FollowUpService;
import io.liaison.interaction.service.FollowUpView;
import io.liaison.interaction.service.InteractionCommand;
import io.liaison.interaction.service.InteractionCommands;
import io.liaison.interaction.service.InteractionQueries;
import io.liaison.interaction.service.InteractionView;
import io.liaison.interaction.service.NewFollowUp;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/interactions")
@Tag(name = "Interactions", description = "The log of meetings, calls, correspondence and briefings")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class InteractionResource {

    private static final String WRITE_ROLES_NOTE = " EDITOR and ADMIN for any stakeholder; an APPOINTEE only for"
            + " stakeholders they own (LEAD or SUPPORT).";

    private final InteractionQueries queries;
    private final InteractionCommands commands;
    private final FollowUpService followUps;
    private final IdempotentPost idempotent;
    private final MergePatcher patcher;
    private final CsvExport csv;

    private final RecordWrites writes;

    InteractionResource(
            InteractionQueries queries,
            InteractionCommands commands,
            FollowUpService followUps,
            IdempotentPost idempotent,
            MergePatcher patcher,
            CsvExport csv,
            RecordWrites writes) {
        this.writes = writes;
        this.queries = queries;
        this.commands = commands;
        this.followUps = followUps;
        this.idempotent = idempotent;
        this.patcher = patcher;
        this.csv = csv;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listInteractions",
            summary = "List and search the office's interactions",
            description = "OFFICIAL_SENSITIVE summaries, outcomes and decisions are redacted unless the caller is"
                    + " ADMIN, an attendee, or a current owner of one of the stakeholders. Sort fields: startsAt,"
                    + " createdAt, updatedAt (default -startsAt). Also answers Accept: text/csv.")
    @Extension(name = StandardProblemResponses.CSV_EXTENSION, value = "true")
    public PageResponse<InteractionView> list(
            @QueryParam("stakeholderId") UUID stakeholderId,
            @QueryParam("organisationId")
                    @Parameter(description = "A stakeholder held a post in this organisation at the time")
                    UUID organisationId,
            @Valid @BeanParam InteractionFilters filters,
            @Valid @BeanParam PageParams page) {
        return queries.list(filters.toFilter(stakeholderId, organisationId, null), page);
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true) // documented on the JSON list, which shares its path
    public Response export(
            @QueryParam("stakeholderId") UUID stakeholderId,
            @QueryParam("organisationId") UUID organisationId,
            @Valid @BeanParam InteractionFilters filters,
            @Valid @BeanParam PageParams page,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        InteractionQueries.Export export = queries.export(filters.toFilter(stakeholderId, organisationId, null), page);
        return csv.copy("interactions.csv", export.query(), csvEscape, export.afterwards());
    }

    @GET
    @Path("/{interactionId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getInteraction",
            summary = "Get an interaction with its follow-ups (sensitive content redacted unless entitled)")
    public RestResponse<InteractionView> get(@PathParam("interactionId") UUID id) {
        return withETag(queries.view(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createInteraction",
            summary = "Log or schedule an interaction, with its follow-ups in the same call",
            description = "Send an Idempotency-Key so that a retry never logs it twice." + WRITE_ROLES_NOTE)
    @APIResponse(
            responseCode = "201",
            description = "Logged",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InteractionView.class)))
    @APIResponse(
            responseCode = "422",
            description = "Unknown or archived stakeholders, unknown attendees, plan,"
                    + " policy areas or assignees (the field is named); or an Idempotency-Key reused with another body")
    public Response log(
            @HeaderParam(IdempotentPost.HEADER) @Parameter(description = "Makes a retry safe") String idempotencyKey,
            @Valid @NotNull InteractionRequest body) {
        return idempotent.run(idempotencyKey, Api.BASE + "/interactions", body, () -> {
            InteractionView created = queries.response(commands.log(writes.command(body, InteractionCommand.class)));
            return ETags.created(
                    URI.create(Api.BASE + "/interactions/" + created.id()),
                    created,
                    created.version(),
                    created.redacted());
        });
    }

    @PUT
    @Path("/{interactionId}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateInteraction",
            summary = "Replace an interaction (reschedule by changing startsAt)",
            description = "An APPOINTEE may change only interactions they attend.")
    @APIResponse(
            responseCode = "200",
            description = "The record as it is now",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InteractionView.class)))
    @APIResponse(responseCode = "409", description = "A COMPLETED or CANCELLED interaction cannot change status")
    @APIResponse(responseCode = "422", description = "Unknown ids in the body (the field is named)")
    public RestResponse<InteractionView> replace(
            @PathParam("interactionId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Valid @NotNull InteractionRequest body) {
        return withETag(writes.inOneTransaction(() -> queries.response(commands.update(
                id, ExpectedVersion.fromIfMatch(ifMatch), writes.command(body, InteractionCommand.class)))));
    }

    @PATCH
    @Path("/{interactionId}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE})
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "patchInteraction",
            summary = "Change some of an interaction (JSON Merge Patch)",
            description = "An APPOINTEE may change only interactions they attend.")
    @APIResponse(
            responseCode = "200",
            description = "The record as it is now",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InteractionView.class)))
    @APIResponse(responseCode = "409", description = "A COMPLETED or CANCELLED interaction cannot change status")
    @APIResponse(responseCode = "422", description = "Unknown ids in the body (the field is named)")
    public RestResponse<InteractionView> patch(
            @PathParam("interactionId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Schema(implementation = InteractionRequest.class) JsonNode patch) {
        InteractionRequest patched = patcher.apply(queries.patchable(id), patch, InteractionRequest.class);
        return withETag(writes.inOneTransaction(() -> queries.response(commands.update(
                id, ExpectedVersion.fromIfMatch(ifMatch), writes.command(patched, InteractionCommand.class)))));
    }

    @PUT
    @Path("/{interactionId}/completion")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "completeInteraction",
            summary = "Complete a scheduled interaction, recording outcome and decisions")
    @APIResponse(
            responseCode = "200",
            description = "The record as it is now",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InteractionView.class)))
    @APIResponse(responseCode = "409", description = "Not SCHEDULED, or it has not started yet")
    public RestResponse<InteractionView> complete(
            @PathParam("interactionId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Valid Completion body) {
        return withETag(writes.inOneTransaction(() -> queries.response(commands.complete(
                id,
                ExpectedVersion.fromIfMatch(ifMatch),
                body == null ? null : writes.command(body, CompletionDetails.class)))));
    }

    @PUT
    @Path("/{interactionId}/cancellation")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "cancelInteraction",
            summary = "Cancel a scheduled interaction (cancelled ones never count as contact)")
    @APIResponse(
            responseCode = "200",
            description = "The record as it is now",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InteractionView.class)))
    @APIResponse(responseCode = "409", description = "Not SCHEDULED")
    public RestResponse<InteractionView> cancel(
            @PathParam("interactionId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch) {
        return withETag(writes.inOneTransaction(
                () -> queries.response(commands.cancel(id, ExpectedVersion.fromIfMatch(ifMatch)))));
    }

    @POST
    @Path("/{interactionId}/follow-ups")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createFollowUp", summary = "Add a follow-up action to an interaction")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(
            responseCode = "422",
            description = "Unknown assigneeId; or an Idempotency-Key reused with another" + " body")
    public Response addFollowUp(
            @PathParam("interactionId") UUID id,
            @HeaderParam(IdempotentPost.HEADER) @Parameter(description = "Makes a retry safe") String idempotencyKey,
            @Valid @NotNull InteractionRequest.FollowUpRequest body) {
        String path = Api.BASE + "/interactions/" + id + "/follow-ups";
        return idempotent.run(idempotencyKey, path, body, () -> {
            FollowUpView created = FollowUpView.from(followUps.add(id, writes.command(body, NewFollowUp.class)));
            return ETags.created(URI.create(Api.BASE + "/follow-ups/" + created.id()), created, created.version());
        });
    }

    private static RestResponse<InteractionView> withETag(InteractionView interaction) {
        return ETags.ok(interaction, interaction.version(), interaction.redacted());
    }
}
