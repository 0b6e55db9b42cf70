package io.liaison.policyarea.rest;

import io.liaison.common.http.Api;
import io.liaison.common.http.IdempotentPost;
import io.liaison.common.http.RecordAnswer;
import io.liaison.common.http.RecordWrites;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.security.Roles;
import io.liaison.policyarea.service.NewPolicyArea;
import io.liaison.policyarea.service.PolicyAreaService;
import io.liaison.policyarea.service.PolicyAreaView;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(PolicyAreaResource.PATH)
@Tag(name = "Policy areas", description = "Mayoral policy themes that briefings cover")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class PolicyAreaResource {

    static final String PATH = Api.BASE + "/policy-areas";
    private static final RecordAnswer<PolicyAreaView> ANSWER =
            RecordAnswer.of(PATH, PolicyAreaView::code, PolicyAreaView::version);

    private final PolicyAreaService service;
    private final RecordWrites writes;

    PolicyAreaResource(PolicyAreaService service, RecordWrites writes) {
        this.writes = writes;
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listPolicyAreas",
            summary = "List policy areas",
            description = "Sort fields: name, code, updatedAt (default name).")
    public PageResponse<PolicyAreaView> list(@Valid @BeanParam PageParams page) {
        return service.list(page);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getPolicyArea", summary = "Get a policy area")
    public RestResponse<PolicyAreaView> get(@PathParam("code") String code) {
        return ANSWER.ok(PolicyAreaView.from(service.get(code)));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPolicyArea", summary = "Add a policy area")
    @APIResponseSchema(value = PolicyAreaView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "409", description = "Code or name already in use")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response create(
            @HeaderParam(IdempotentPost.HEADER) @Parameter(description = "Makes a retry safe") String idempotencyKey,
            @Valid @NotNull PolicyAreaCreateRequest body) {
        return writes.create(
                idempotencyKey, body, NewPolicyArea.class, area -> PolicyAreaView.from(service.create(area)), ANSWER);
    }
}
