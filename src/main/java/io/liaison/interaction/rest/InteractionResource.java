package io.liaison.interaction.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaison.common.csv.CsvEscape;
import io.liaison.common.csv.CsvExport;
import io.liaison.common.http.Api;
import io.liaison.common.http.ExpectedVersion;
import io.liaison.common.http.IdempotentPost;
import io.liaison.common.http.RecordAnswer;
import io.liaison.common.http.RecordWrites;
import io.liaison.common.json.JsonMergePatch;
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
import io.liaison.organisation.OrganisationKey;
import io.liaison.organisation.OrganisationRepository;
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
import java.util.UUID;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(InteractionResource.PATH)
@Tag(name = "Interactions", description = "The log of meetings, calls, correspondence and briefings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class InteractionResource {

    private static final String WRITE_ROLES_NOTE = " EDITOR and ADMIN for any stakeholder; an APPOINTEE only for"
            + " stakeholders they own (LEAD or SUPPORT).";

    static final String PATH = Api.BASE + "/interactions";
    /** Sensitive content withheld from the caller marks the ETag. */
    private static final RecordAnswer<InteractionView> ANSWER =
            new RecordAnswer<>(PATH, InteractionView::id, InteractionView::version, InteractionView::redacted);

    private final OrganisationRepository organisations;
    private final InteractionQueries queries;
    private final InteractionCommands commands;
    private final FollowUpService followUps;
    private final CsvExport csv;
    private final RecordWrites writes;

    InteractionResource(
            OrganisationRepository organisations,
            InteractionQueries queries,
            InteractionCommands commands,
            FollowUpService followUps,
            CsvExport csv,
            RecordWrites writes) {
        this.organisations = organisations;
        this.writes = writes;
        this.queries = queries;
        this.commands = commands;
        this.followUps = followUps;
        this.csv = csv;
    }

    @GET
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
                    OrganisationKey organisationId,
            @Valid @BeanParam InteractionFilters filters,
            @Valid @BeanParam PageParams page) {
        return queries.list(
                filters.toFilter(stakeholderId, organisations.filter("organisationId", organisationId), null), page);
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true) // documented on the JSON list, which shares its path
    public Response export(
            @QueryParam("stakeholderId") UUID stakeholderId,
            @QueryParam("organisationId") OrganisationKey organisationId,
            @Valid @BeanParam InteractionFilters filters,
            @Valid @BeanParam PageParams page,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        InteractionQueries.Export export = queries.export(
                filters.toFilter(stakeholderId, organisations.filter("organisationId", organisationId), null), page);
        return csv.copy("interactions.csv", export.query(), csvEscape, export.afterwards());
    }

    @GET
    @Path("/{interactionId}")
    @Operation(
            operationId = "getInteraction",
            summary = "Get an interaction with its follow-ups (sensitive content redacted unless entitled)")
    public RestResponse<InteractionView> get(@PathParam("interactionId") UUID id) {
        return withETag(queries.view(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createInteraction",
            summary = "Log or schedule an interaction, with its follow-ups in the same call",
            description = "Send an Idempotency-Key so that a retry never logs it twice." + WRITE_ROLES_NOTE)
    @APIResponseSchema(value = InteractionView.class, responseCode = "201", responseDescription = "Logged")
    @APIResponse(
            responseCode = "422",
            description = "Unknown or archived stakeholders, unknown attendees, plan,"
                    + " policy areas or assignees (the field is named); or an Idempotency-Key reused with another body")
    public Response log(
            @HeaderParam(IdempotentPost.HEADER) @Parameter(description = "Makes a retry safe") String idempotencyKey,
            @Valid @NotNull InteractionRequest body) {
        return writes.create(
                idempotencyKey,
                body,
                InteractionCommand.class,
                interaction -> queries.response(commands.log(interaction)),
                ANSWER);
    }

    @PUT
    @Path("/{interactionId}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateInteraction",
            summary = "Replace an interaction (reschedule by changing startsAt)",
            description = "An APPOINTEE may change only interactions they attend.")
    @APIResponseSchema(value = InteractionView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
    @APIResponse(responseCode = "409", description = "A COMPLETED or CANCELLED interaction cannot change status")
    @APIResponse(responseCode = "422", description = "Unknown ids in the body (the field is named)")
    public RestResponse<InteractionView> replace(
            @PathParam("interactionId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Valid @NotNull InteractionRequest body) {
        return writes.replace(ifMatch, body, InteractionCommand.class, update(id), ANSWER);
    }

    @PATCH
    @Path("/{interactionId}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE})
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "patchInteraction",
            summary = "Change some of an interaction (JSON Merge Patch)",
            description = "An APPOINTEE may change only interactions they attend.")
    @APIResponseSchema(value = InteractionView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
    @APIResponse(responseCode = "409", description = "A COMPLETED or CANCELLED interaction cannot change status")
    @APIResponse(responseCode = "422", description = "Unknown ids in the body (the field is named)")
    public RestResponse<InteractionView> patch(
            @PathParam("interactionId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Schema(implementation = InteractionRequest.class) JsonNode patch) {
        InteractionCommand current = queries.patchable(id);
        return writes.patch(
                ifMatch, current, patch, InteractionRequest.class, InteractionCommand.class, update(id), ANSWER);
    }

    private BiFunction<ExpectedVersion, InteractionCommand, InteractionView> update(UUID id) {
        return (expected, interaction) -> queries.response(commands.update(id, expected, interaction));
    }

    @PUT
    @Path("/{interactionId}/completion")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "completeInteraction",
            summary = "Complete a scheduled interaction, recording outcome and decisions")
    @APIResponseSchema(value = InteractionView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
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
    @Operation(
            operationId = "cancelInteraction",
            summary = "Cancel a scheduled interaction (cancelled ones never count as contact)")
    @APIResponseSchema(value = InteractionView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
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
    @Operation(operationId = "createFollowUp", summary = "Add a follow-up action to an interaction")
    @APIResponseSchema(value = FollowUpView.class, responseCode = "201", responseDescription = "Added")
    @APIResponse(
            responseCode = "422",
            description = "Unknown assigneeId; or an Idempotency-Key reused with another" + " body")
    public Response addFollowUp(
            @PathParam("interactionId") UUID id,
            @HeaderParam(IdempotentPost.HEADER) @Parameter(description = "Makes a retry safe") String idempotencyKey,
            @Valid @NotNull InteractionRequest.FollowUpRequest body) {
        return writes.create(
                idempotencyKey,
                PATH + "/" + id + "/follow-ups",
                body,
                NewFollowUp.class,
                followUp -> followUps.view(followUps.add(id, followUp)),
                FollowUpResource.ANSWER);
    }

    private static RestResponse<InteractionView> withETag(InteractionView interaction) {
        return ANSWER.ok(interaction);
    }
}
