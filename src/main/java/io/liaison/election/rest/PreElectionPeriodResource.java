package io.liaison.election.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaison.common.error.Problem;
import io.liaison.common.http.Api;
import io.liaison.common.http.ExpectedVersion;
import io.liaison.common.http.IdempotentPost;
import io.liaison.common.http.RecordAnswer;
import io.liaison.common.http.RecordWrites;
import io.liaison.common.json.JsonMergePatch;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.Paging;
import io.liaison.common.security.Roles;
import io.liaison.election.service.PeriodDetails;
import io.liaison.election.service.PeriodView;
import io.liaison.election.service.PreElectionPeriodService;
import io.liaison.stakeholder.service.StakeholderView;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(PreElectionPeriodResource.PATH)
@Tag(name = "Elections", description = "Pre-election periods, in which engagements with those standing carry a warning")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class PreElectionPeriodResource {

    static final String PATH = Api.BASE + "/pre-election-periods";
    private static final RecordAnswer<PeriodView> ANSWER = RecordAnswer.of(PATH, PeriodView::id, PeriodView::version);

    private final PreElectionPeriodService service;
    private final RecordWrites writes;

    PreElectionPeriodResource(PreElectionPeriodService service, RecordWrites writes) {
        this.service = service;
        this.writes = writes;
    }

    @GET
    @Operation(
            operationId = "listPreElectionPeriods",
            summary = "Pre-election periods, earliest polling day first",
            description = "The next London elections ship with the service; ADMIN adds and edits the rest.")
    public PageResponse<PeriodView> list(
            @QueryParam("on") @Parameter(description = "Only the periods this day falls in") LocalDate on,
            @Valid @BeanParam Paging page) {
        return service.list(on, page);
    }

    @GET
    @Path("/{periodId}")
    @Operation(operationId = "getPreElectionPeriod", summary = "Get a pre-election period")
    public RestResponse<PeriodView> get(@PathParam("periodId") UUID id) {
        return ANSWER.ok(service.view(service.get(id)));
    }

    @GET
    @Path("/{periodId}/stakeholders")
    @Operation(
            operationId = "listPreElectionPeriodStakeholders",
            summary = "Who is up for election: the stakeholders holding a post the period names",
            description = "ACTIVE stakeholders holding, on the day, a post of the period's organisations or one of its"
                    + " posts, by last name, first name. The day defaults to today while the period runs, its first"
                    + " day before it begins, and polling day after it ends.")
    public PageResponse<StakeholderView> standing(
            @PathParam("periodId") UUID id,
            @QueryParam("on") @Parameter(description = "The day whose holders count") LocalDate on,
            @Valid @BeanParam Paging page) {
        return service.standing(id, on, page);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPreElectionPeriod", summary = "Add a pre-election period")
    @APIResponseSchema(value = PeriodView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "409", description = "A period with this name already exists")
    @APIResponse(
            responseCode = "422",
            description = "Dates out of order, unknown organisations or posts, nothing up for election (every problem"
                    + " named); or an Idempotency-Key reused with another body")
    public Response create(
            @HeaderParam(IdempotentPost.HEADER) @Parameter(description = "Makes a retry safe") String idempotencyKey,
            @Valid @NotNull PreElectionPeriodRequest body) {
        return writes.create(
                idempotencyKey, body, PeriodDetails.class, details -> service.view(service.create(details)), ANSWER);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{periodId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePreElectionPeriod", summary = "Replace a pre-election period")
    @APIResponseSchema(value = PeriodView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
    @APIResponse(responseCode = "409", description = "A period with this name already exists")
    @APIResponse(responseCode = "422", description = "Dates out of order, unknown organisations or posts")
    public RestResponse<PeriodView> replace(
            @PathParam("periodId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Valid @NotNull PreElectionPeriodRequest body) {
        return writes.replace(ifMatch, body, PeriodDetails.class, update(id), ANSWER);
    }

    @PATCH
    @RolesAllowed(Roles.ADMIN)
    @Path("/{periodId}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "patchPreElectionPeriod",
            summary = "Change some of a pre-election period's fields (JSON Merge Patch)")
    @APIResponseSchema(value = PeriodView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
    @APIResponse(responseCode = "409", description = "A period with this name already exists")
    @APIResponse(responseCode = "422", description = "Dates out of order, unknown organisations or posts")
    public RestResponse<PeriodView> patch(
            @PathParam("periodId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Schema(implementation = PreElectionPeriodRequest.class) JsonNode patch) {
        PeriodDetails current = PeriodDetails.of(service.get(id));
        return writes.patch(
                ifMatch, current, patch, PreElectionPeriodRequest.class, PeriodDetails.class, update(id), ANSWER);
    }

    @DELETE
    // A 204 has no body: a client that asks only for the error type (problem+json) gets it, never a 406.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RolesAllowed(Roles.ADMIN)
    @Path("/{periodId}")
    @Operation(operationId = "deletePreElectionPeriod", summary = "Delete a pre-election period")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> delete(
            @PathParam("periodId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch) {
        service.delete(id, ExpectedVersion.fromIfMatch(ifMatch));
        return RestResponse.noContent();
    }

    private BiFunction<ExpectedVersion, PeriodDetails, PeriodView> update(UUID id) {
        return (expected, details) -> service.view(service.update(id, expected, details));
    }
}
