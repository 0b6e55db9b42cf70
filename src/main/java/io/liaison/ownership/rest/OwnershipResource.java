package io.liaison.ownership.rest;

import io.liaison.common.http.Api;
import io.liaison.common.http.IdempotentPost;
import io.liaison.common.http.RecordAnswer;
import io.liaison.common.http.RecordWrites;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.Paging;
import io.liaison.common.security.Roles;
import io.liaison.ownership.service.OwnershipCommands.AssignmentEnd;
import io.liaison.ownership.service.OwnershipCommands.Handover;
import io.liaison.ownership.service.OwnershipCommands.NewAssignment;
import io.liaison.ownership.service.OwnershipService;
import io.liaison.ownership.service.OwnershipView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/stakeholders")
@Tag(name = "Ownership", description = "Who on the office's side owns each relationship")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class OwnershipResource {

    private final OwnershipService service;
    private final RecordWrites writes;

    OwnershipResource(OwnershipService service, RecordWrites writes) {
        this.writes = writes;
        this.service = service;
    }

    @GET
    @Path("/{stakeholderId}/owners")
    @Operation(operationId = "listStakeholderOwners", summary = "A stakeholder's current owners (LEAD first)")
    public PageResponse<OwnershipView> owners(
            @PathParam("stakeholderId") UUID stakeholderId, @Valid @BeanParam Paging page) {
        return PageResponse.slice(service.currentOwners(stakeholderId), page);
    }

    @GET
    @Path("/{stakeholderId}/owners/history")
    @Operation(
            operationId = "listStakeholderOwnerHistory",
            summary = "A stakeholder's ownership history, ended assignments with their handover notes")
    public PageResponse<OwnershipView> history(
            @PathParam("stakeholderId") UUID stakeholderId, @Valid @BeanParam Paging page) {
        return PageResponse.slice(service.history(stakeholderId), page);
    }

    @POST
    @Path("/{stakeholderId}/owners")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createStakeholderOwner",
            summary = "Assign a team member as LEAD or SUPPORT owner from a date")
    @APIResponseSchema(value = OwnershipView.class, responseCode = "201", responseDescription = "Assigned")
    @APIResponse(
            responseCode = "409",
            description = "A second active LEAD, the member already an owner, or the" + " stakeholder archived")
    @APIResponse(
            responseCode = "422",
            description = "Unknown or inactive teamMemberId; or an Idempotency-Key reused" + " with another body")
    public Response assign(
            @PathParam("stakeholderId") UUID stakeholderId,
            @HeaderParam(IdempotentPost.HEADER) @Parameter(description = "Makes a retry safe") String idempotencyKey,
            @Valid @NotNull AssignmentRequest body) {
        return writes.create(
                idempotencyKey,
                body,
                NewAssignment.class,
                assignment -> OwnershipView.from(service.assign(stakeholderId, assignment)),
                RecordAnswer.of(
                        Api.BASE + "/stakeholders/" + stakeholderId + "/owners",
                        OwnershipView::id,
                        OwnershipView::version));
    }

    @POST
    @Path("/{stakeholderId}/owners/{assignmentId}/end")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endStakeholderOwner", summary = "End an assignment (kept as history)")
    @APIResponseSchema(value = OwnershipView.class, responseCode = "200", responseDescription = "The assignment, ended")
    @APIResponse(responseCode = "409", description = "Already ended")
    public OwnershipView end(
            @PathParam("stakeholderId") UUID stakeholderId,
            @PathParam("assignmentId") UUID assignmentId,
            @Valid EndAssignmentRequest body) {
        AssignmentEnd end = body == null ? null : writes.command(body, AssignmentEnd.class);
        return writes.inOneTransaction(() -> OwnershipView.from(service.end(stakeholderId, assignmentId, end)));
    }

    @POST
    @Path("/{stakeholderId}/handover")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "handOverStakeholder",
            summary = "Hand the LEAD over to another team member in one step",
            description = "Ends the current LEAD assignment with the handover note and starts the successor's (ending"
                    + " their SUPPORT assignment if they had one). Answers the assignments that changed.")
    @APIResponse(
            responseCode = "200",
            description = "The ended assignment and the new one",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = OwnershipView.class)))
    @APIResponse(responseCode = "409", description = "The successor is already the LEAD")
    @APIResponse(responseCode = "422", description = "Unknown or inactive toTeamMemberId")
    public List<OwnershipView> handover(
            @PathParam("stakeholderId") UUID stakeholderId, @Valid @NotNull HandoverRequest body) {
        Handover handover = writes.command(body, Handover.class);
        return writes.inOneTransaction(() -> service.handover(stakeholderId, handover).stream()
                .map(OwnershipView::from)
                .toList());
    }
}
