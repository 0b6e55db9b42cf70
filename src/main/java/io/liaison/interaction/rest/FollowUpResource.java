package io.liaison.interaction.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaison.common.csv.CsvEscape;
import io.liaison.common.csv.CsvExport;
import io.liaison.common.http.Api;
import io.liaison.common.http.RecordAnswer;
import io.liaison.common.http.RecordWrites;
import io.liaison.common.json.JsonMergePatch;
import io.liaison.common.openapi.StandardProblemResponses;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.security.Roles;
import io.liaison.interaction.FollowUpStatus;
import io.liaison.interaction.service.FollowUpDetails;
import io.liaison.interaction.service.FollowUpService;
import io.liaison.interaction.service.FollowUpView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
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
    private final CsvExport csv;

    FollowUpResource(FollowUpService service, RecordWrites writes, CsvExport csv) {
        this.writes = writes;
        this.service = service;
        this.csv = csv;
    }

    public static class Filters {
        @QueryParam("status")
        @Parameter(description = "Every status when omitted")
        public FollowUpStatus status;

        @QueryParam("assigneeId")
        public UUID assigneeId;

        @QueryParam("interactionId")
        public UUID interactionId;

        @QueryParam("stakeholderId")
        @Parameter(description = "Follow-ups of interactions with this stakeholder")
        public UUID stakeholderId;

        @QueryParam("dueBy")
        @Parameter(description = "Due on or before this day")
        public LocalDate dueBy;

        FollowUpService.Filter toFilter() {
            return new FollowUpService.Filter(status, assigneeId, interactionId, stakeholderId, dueBy);
        }
    }

    @GET
    @Operation(
            operationId = "listFollowUps",
            summary = "The office's follow-ups, whoever they are assigned to",
            description = "Every status unless status is given, so that a sync by updatedSince also sees those"
                    + " marked done (a deleted follow-up is not seen by updatedSince). Sort fields: dueDate,"
                    + " createdAt, updatedAt (default dueDate). Also answers Accept: text/csv.")
    @Extension(name = StandardProblemResponses.CSV_EXTENSION, value = "true")
    public PageResponse<FollowUpView> list(@Valid @BeanParam Filters filters, @Valid @BeanParam PageParams page) {
        return service.list(filters.toFilter(), page);
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true) // documented on the JSON list, which shares its path
    public Response export(
            @Valid @BeanParam Filters filters,
            @Valid @BeanParam PageParams page,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        return csv.stream("follow-ups.csv", service.csvRows(filters.toFilter(), page), csvEscape);
    }

    @GET
    @Path("/{followUpId}")
    @Operation(operationId = "getFollowUp", summary = "Get a follow-up")
    public RestResponse<FollowUpView> get(@PathParam("followUpId") UUID id) {
        return ANSWER.ok(service.view(service.get(id)));
    }

    @PATCH
    @Path("/{followUpId}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE})
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
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
                (expected, details) -> service.view(service.update(id, expected, details)),
                ANSWER);
    }
}
