package io.liaison.interaction.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaison.common.http.Api;
import io.liaison.common.http.RecordAnswer;
import io.liaison.common.http.RecordWrites;
import io.liaison.common.json.JsonMergePatch;
import io.liaison.common.security.Roles;
import io.liaison.interaction.service.FollowUpDetails;
import io.liaison.interaction.service.FollowUpService;
import io.liaison.interaction.service.FollowUpView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(FollowUpResource.PATH)
@Tag(name = "Interactions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class FollowUpResource {

    static final String PATH = Api.BASE + "/follow-ups";
    static final RecordAnswer<FollowUpView> ANSWER = RecordAnswer.of(PATH, FollowUpView::id, FollowUpView::version);

    private final FollowUpService service;
    private final RecordWrites writes;

    FollowUpResource(FollowUpService service, RecordWrites writes) {
        this.writes = writes;
        this.service = service;
    }

    @GET
    @Path("/{followUpId}")
    @Operation(operationId = "getFollowUp", summary = "Get a follow-up")
    public RestResponse<FollowUpView> get(@PathParam("followUpId") UUID id) {
        return ANSWER.ok(FollowUpView.from(service.get(id)));
    }

    @PATCH
    @Path("/{followUpId}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE})
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patchFollowUp",
            summary = "Change a follow-up; {\"status\": \"DONE\"} marks it done",
            description = "An APPOINTEE may only mark their own follow-ups done.")
    public RestResponse<FollowUpView> patch(
            @PathParam("followUpId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Schema(implementation = FollowUpUpdate.class) JsonNode patch) {
        FollowUpDetails current = FollowUpDetails.of(service.get(id));
        return writes.patch(
                ifMatch,
                current,
                patch,
                FollowUpUpdate.class,
                FollowUpDetails.class,
                (expected, details) -> FollowUpView.from(service.update(id, expected, details)),
                ANSWER);
    }
}
