package io.liaison.briefingpack.rest;

import io.liaison.briefingpack.service.BriefingPack;
import io.liaison.briefingpack.service.BriefingPackService;
import io.liaison.common.http.Api;
import io.liaison.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/interactions/{interactionId}/briefing-pack")
@Tag(name = "Interactions")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class BriefingPackResource {

    private final BriefingPackService packs;

    BriefingPackResource(BriefingPackService packs) {
        this.packs = packs;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getBriefingPack",
            summary = "The briefing pack for a scheduled meeting",
            description = "For each stakeholder: current posts and party, the last five completed interactions, open"
                    + " follow-ups, planned policy areas overdue or due by the meeting's day, and the plan's"
                    + " objectives and milestones. Sensitive content is redacted for the caller. Mark the pack"
                    + " ready with PATCH /interactions/{interactionId} {\"briefingPackReady\": true}.")
    @APIResponseSchema(value = BriefingPack.class, responseCode = "200", responseDescription = "The pack")
    @APIResponse(responseCode = "409", description = "The interaction is not SCHEDULED")
    public BriefingPack get(@PathParam("interactionId") UUID id) {
        return packs.forMeeting(id);
    }
}
