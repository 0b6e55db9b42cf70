package io.liaison.stakeholder.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaison.audit.service.AuditEntry;
import io.liaison.audit.service.AuditQuery;
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
import io.liaison.common.persistence.RecordStatus;
import io.liaison.common.security.Roles;
import io.liaison.organisation.OrganisationKey;
import io.liaison.organisation.OrganisationRepository;
import io.liaison.stakeholder.PostCategory;
import io.liaison.stakeholder.Priority;
import io.liaison.stakeholder.service.StakeholderDetails;
import io.liaison.stakeholder.service.StakeholderService;
import io.liaison.stakeholder.service.StakeholderView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.time.LocalDate;
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

@Path(StakeholderResource.PATH)
@Tag(name = "Stakeholders", description = "The people the office engages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class StakeholderResource {

    static final String PATH = Api.BASE + "/stakeholders";
    private static final RecordAnswer<StakeholderView> ANSWER =
            RecordAnswer.of(PATH, StakeholderView::id, StakeholderView::version);

    private final OrganisationRepository organisations;
    private final StakeholderService service;
    private final CsvExport csv;
    private final RecordWrites writes;
    private final AuditQuery audit;

    StakeholderResource(
            OrganisationRepository organisations,
            StakeholderService service,
            CsvExport csv,
            AuditQuery audit,
            RecordWrites writes) {
        this.organisations = organisations;
        this.writes = writes;
        this.audit = audit;
        this.service = service;
        this.csv = csv;
    }

    /** The list's filters, shared by the JSON and CSV forms. */
    public static class Filters {
        @QueryParam("q")
        @Size(max = 200)
        @Parameter(description = "Text in the name or the title of a post held today")
        public String q;

        @QueryParam("category")
        @Parameter(description = "Holds a post of this category today")
        public PostCategory category;

        @QueryParam("organisationId")
        @Parameter(description = "Holds a post in this organisation today")
        public OrganisationKey organisationId;

        @QueryParam("party")
        @Size(max = 100)
        @Parameter(description = "Party, case-insensitive")
        public String party;

        @QueryParam("priority")
        public Priority priority;

        @QueryParam("policyArea")
        @Size(max = 40)
        @Parameter(description = "Has this policy area code among their interests")
        public String policyArea;

        @QueryParam("status")
        @Parameter(description = "ACTIVE or ARCHIVED; when omitted, ACTIVE only unless includeArchived=true")
        public RecordStatus status;

        @QueryParam("ownerId")
        @Parameter(description = "Owned (LEAD or SUPPORT, active) by this team member")
        public UUID ownerId;

        @QueryParam("ownerRole")
        @Parameter(description = "With ownerId: only LEAD or only SUPPORT")
        public io.liaison.stakeholder.OwnershipRole ownerRole;

        @QueryParam("noLeadOwner")
        @Parameter(description = "true: no active LEAD owner; false: has one")
        public Boolean noLeadOwner;

        @QueryParam("influence")
        @Min(1)
        @Max(5)
        @Parameter(description = "Influence rating (1 to 5): with interest, one cell of the stakeholder map")
        public Integer influence;

        @QueryParam("interest")
        @Min(1)
        @Max(5)
        @Parameter(description = "Interest rating (1 to 5)")
        public Integer interest;

        @QueryParam("notContactedSince")
        @Parameter(
                description = "No COMPLETED interaction of any type on or after this day (never contacted included)",
                example = "2026-01-01")
        public LocalDate notContactedSince;

        @QueryParam("notMetSince")
        @Parameter(
                description = "No COMPLETED meeting or visit on or after this day (never met included)",
                example = "2026-01-01")
        public LocalDate notMetSince;

        public StakeholderService.Filter toFilter(OrganisationRepository organisations) {
            return new StakeholderService.Filter(
                    q,
                    category,
                    organisations.filter("organisationId", organisationId),
                    party,
                    priority,
                    policyArea,
                    status,
                    ownerId,
                    ownerRole == null ? null : ownerRole.name(),
                    noLeadOwner,
                    influence,
                    interest,
                    notContactedSince,
                    notMetSince);
        }
    }

    @GET
    @Operation(
            operationId = "listStakeholders",
            summary = "List stakeholders with the posts they hold today",
            description = "Sort fields: lastName, firstName, priority (HIGH first), influence, interest, termEndDate,"
                    + " party, createdAt, updatedAt, lastContactOn, lastMeetingOn, lastBriefingOn (never first when"
                    + " ascending) (default lastName). Also answers Accept: text/csv.")
    @Extension(name = StandardProblemResponses.CSV_EXTENSION, value = "true")
    public PageResponse<StakeholderView> list(@Valid @BeanParam Filters filters, @Valid @BeanParam PageParams page) {
        return service.list(filters.toFilter(organisations), page);
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true) // documented on the JSON list, which shares its path
    public Response export(
            @Valid @BeanParam Filters filters,
            @Valid @BeanParam PageParams page,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        return csv.stream("stakeholders.csv", service.csvRows(filters.toFilter(organisations), page), csvEscape);
    }

    @GET
    @Path("/{stakeholderId}")
    @Operation(operationId = "getStakeholder", summary = "Get a stakeholder with current and past posts")
    public RestResponse<StakeholderView> get(@PathParam("stakeholderId") UUID id) {
        return withETag(service.view(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createStakeholder", summary = "Add a stakeholder")
    @APIResponseSchema(value = StakeholderView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(
            responseCode = "422",
            description = "Unknown policy area codes; or an Idempotency-Key reused with" + " another body")
    public Response create(
            @HeaderParam(IdempotentPost.HEADER) @Parameter(description = "Makes a retry safe") String idempotencyKey,
            @Valid @NotNull StakeholderRequest body) {
        return writes.create(
                idempotencyKey,
                body,
                StakeholderDetails.class,
                details -> service.response(service.create(details)),
                ANSWER);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Path("/{stakeholderId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateStakeholder", summary = "Replace a stakeholder's details")
    @APIResponseSchema(value = StakeholderView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
    @APIResponse(responseCode = "422", description = "Unknown policy area codes")
    public RestResponse<StakeholderView> replace(
            @PathParam("stakeholderId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Valid @NotNull StakeholderRequest body) {
        return writes.replace(ifMatch, body, StakeholderDetails.class, update(id), ANSWER);
    }

    @PATCH
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Path("/{stakeholderId}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchStakeholder", summary = "Change some of a stakeholder's details (JSON Merge Patch)")
    @APIResponseSchema(value = StakeholderView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
    @APIResponse(responseCode = "422", description = "Unknown policy area codes")
    public RestResponse<StakeholderView> patch(
            @PathParam("stakeholderId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Schema(implementation = StakeholderRequest.class) JsonNode patch) {
        StakeholderDetails current = StakeholderDetails.of(service.get(id));
        return writes.patch(
                ifMatch, current, patch, StakeholderRequest.class, StakeholderDetails.class, update(id), ANSWER);
    }

    private BiFunction<ExpectedVersion, StakeholderDetails, StakeholderView> update(UUID id) {
        return (expected, details) -> service.response(service.update(id, expected, details));
    }

    @GET
    @Path("/{stakeholderId}/history")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(
            operationId = "listStakeholderHistory",
            summary = "A stakeholder's change history: who changed what, when, with old and new values",
            description = "Newest first. Sort fields: occurredAt (default -occurredAt).")
    public PageResponse<AuditEntry> history(@PathParam("stakeholderId") UUID id, @Valid @BeanParam PageParams page) {
        service.get(id);
        return audit.list(new AuditQuery.Filter(StakeholderService.AUDIT_TYPE, id.toString(), null, null, null), page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Path("/{stakeholderId}/archive")
    @Operation(operationId = "archiveStakeholder", summary = "Archive a stakeholder (hidden from lists, history kept)")
    public RestResponse<StakeholderView> archive(@PathParam("stakeholderId") UUID id) {
        return withETag(service.setStatus(id, RecordStatus.ARCHIVED));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Path("/{stakeholderId}/unarchive")
    @Operation(operationId = "unarchiveStakeholder", summary = "Bring an archived stakeholder back")
    public RestResponse<StakeholderView> unarchive(@PathParam("stakeholderId") UUID id) {
        return withETag(service.setStatus(id, RecordStatus.ACTIVE));
    }

    private static RestResponse<StakeholderView> withETag(StakeholderView stakeholder) {
        return ANSWER.ok(stakeholder);
    }
}
