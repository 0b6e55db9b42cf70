package io.liaison.plan.rest;

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
import io.liaison.organisation.OrganisationKey;
import io.liaison.organisation.OrganisationRepository;
import io.liaison.plan.PlanStatus;
import io.liaison.plan.service.PlanDetails;
import io.liaison.plan.service.PlanService;
import io.liaison.plan.service.PlanView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

@Path(PlanResource.PATH)
@Tag(name = "Engagement plans", description = "How the office means to engage each stakeholder")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class PlanResource {

    static final String PATH = Api.BASE + "/plans";
    private static final RecordAnswer<PlanView> ANSWER = RecordAnswer.of(PATH, PlanView::id, PlanView::version);

    private final OrganisationRepository organisations;
    private final PlanService service;
    private final CsvExport csv;
    private final RecordWrites writes;

    PlanResource(OrganisationRepository organisations, PlanService service, CsvExport csv, RecordWrites writes) {
        this.organisations = organisations;
        this.writes = writes;
        this.service = service;
        this.csv = csv;
    }

    public static class Filters {
        @QueryParam("ownerId")
        public UUID ownerId;

        @QueryParam("status")
        @Parameter(description = "When omitted, DRAFT and ACTIVE only unless includeArchived=true")
        public PlanStatus status;

        @QueryParam("stakeholderId")
        public UUID stakeholderId;

        @QueryParam("policyArea")
        @Size(max = 40)
        public String policyArea;

        @QueryParam("organisationId")
        @Parameter(description = "The stakeholder holds a post in this organisation today")
        public OrganisationKey organisationId;

        PlanService.Filter toFilter(OrganisationRepository organisations) {
            return new PlanService.Filter(
                    ownerId, status, stakeholderId, policyArea, organisations.filter("organisationId", organisationId));
        }
    }

    @GET
    @Operation(
            operationId = "listPlans",
            summary = "List engagement plans",
            description = "Sort fields: startDate, endDate, title, status, createdAt, updatedAt (default -startDate)."
                    + " Also answers Accept: text/csv.")
    @Extension(name = StandardProblemResponses.CSV_EXTENSION, value = "true")
    public PageResponse<PlanView> list(@Valid @BeanParam Filters filters, @Valid @BeanParam PageParams page) {
        return service.list(filters.toFilter(organisations), page);
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true) // documented on the JSON list, which shares its path
    public Response export(
            @Valid @BeanParam Filters filters,
            @Valid @BeanParam PageParams page,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        return csv.stream("plans.csv", service.csvRows(filters.toFilter(organisations), page), csvEscape);
    }

    @GET
    @Path("/{planId}")
    @Operation(operationId = "getPlan", summary = "Get an engagement plan")
    public RestResponse<PlanView> get(@PathParam("planId") UUID id) {
        return withETag(service.response(service.get(id)));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPlan", summary = "Create a plan (status DRAFT)")
    @APIResponseSchema(value = PlanView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(
            responseCode = "422",
            description = "Unknown or archived stakeholder, unknown or inactive owner,"
                    + " unknown policy areas; or an Idempotency-Key reused with another body")
    public Response create(
            @HeaderParam(IdempotentPost.HEADER) @Parameter(description = "Makes a retry safe") String idempotencyKey,
            @Valid @NotNull PlanRequest body) {
        return writes.create(
                idempotencyKey, body, PlanDetails.class, details -> service.response(service.create(details)), ANSWER);
    }

    @PUT
    @Path("/{planId}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePlan", summary = "Replace a plan's details (not its status)")
    @APIResponseSchema(value = PlanView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
    @APIResponse(responseCode = "409", description = "The plan is COMPLETED or CANCELLED")
    @APIResponse(
            responseCode = "422",
            description = "Unknown or inactive owner, unknown policy areas, another" + " stakeholder")
    public RestResponse<PlanView> replace(
            @PathParam("planId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Valid @NotNull PlanRequest body) {
        return writes.replace(ifMatch, body, PlanDetails.class, update(id), ANSWER);
    }

    @PATCH
    @Path("/{planId}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "patchPlan",
            summary = "Change some of a plan's details (JSON Merge Patch; milestones are replaced as a list)")
    @APIResponseSchema(value = PlanView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
    @APIResponse(responseCode = "409", description = "The plan is COMPLETED or CANCELLED")
    @APIResponse(responseCode = "422", description = "Unknown or inactive owner, unknown policy areas")
    public RestResponse<PlanView> patch(
            @PathParam("planId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Schema(implementation = PlanRequest.class) JsonNode patch) {
        PlanDetails current = PlanDetails.of(service.get(id));
        return writes.patch(ifMatch, current, patch, PlanRequest.class, PlanDetails.class, update(id), ANSWER);
    }

    private BiFunction<ExpectedVersion, PlanDetails, PlanView> update(UUID id) {
        return (expected, details) -> service.response(service.update(id, expected, details));
    }

    @PUT
    @Path("/{planId}/status")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updatePlanStatus",
            summary = "Move a plan to another status",
            description = "DRAFT → ACTIVE or CANCELLED; ACTIVE → COMPLETED or CANCELLED; COMPLETED and CANCELLED are"
                    + " final. A stakeholder has at most one ACTIVE plan.")
    @APIResponseSchema(value = PlanView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
    @APIResponse(
            responseCode = "409",
            description = "Not an allowed move, or the stakeholder already has an ACTIVE" + " plan")
    public RestResponse<PlanView> transition(
            @PathParam("planId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Valid @NotNull PlanTransition body) {
        return withETag(service.transition(id, ExpectedVersion.fromIfMatch(ifMatch), body.status()));
    }

    private static RestResponse<PlanView> withETag(PlanView plan) {
        return ANSWER.ok(plan);
    }
}
