package io.liaison.interaction.rest;

import io.liaison.common.http.Api;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.security.Roles;
import io.liaison.interaction.FollowUpStatus;
import io.liaison.interaction.service.FollowUpService;
import io.liaison.interaction.service.FollowUpView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A team member's follow-ups. */
@Path(Api.BASE + "/team-members/{teamMemberId}/follow-ups")
@Tag(name = "Interactions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class MemberFollowUpResource {

    private final FollowUpService service;

    MemberFollowUpResource(FollowUpService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listTeamMemberFollowUps",
            summary = "A team member's follow-ups (OPEN by default), soonest due first",
            description = "Sort fields: dueDate, createdAt, updatedAt (default dueDate).")
    public PageResponse<FollowUpView> ofMember(
            @PathParam("teamMemberId") UUID teamMemberId,
            @QueryParam("status") @Parameter(description = "OPEN when omitted") FollowUpStatus status,
            @Valid @BeanParam PageParams page) {
        return service.ofAssignee(teamMemberId, status, page);
    }
}
