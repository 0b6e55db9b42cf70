package io.liaison.team.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaison.common.csv.CsvEscape;
import io.liaison.common.csv.CsvExport;
import io.liaison.common.error.Problem;
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
import io.liaison.team.OfficeUnit;
import io.liaison.team.TeamMember;
import io.liaison.team.TeamRole;
import io.liaison.team.service.TeamMemberDetails;
import io.liaison.team.service.TeamMemberService;
import io.liaison.team.service.TeamMemberView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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

@Path(TeamMemberResource.PATH)
@Tag(name = "Team members", description = "The office's people who own stakeholder relationships")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class TeamMemberResource {

    static final String PATH = Api.BASE + "/team-members";
    private static final RecordAnswer<TeamMemberView> ANSWER =
            RecordAnswer.of(PATH, TeamMemberView::id, TeamMemberView::version);

    private final TeamMemberService service;
    private final CsvExport csv;
    private final RecordWrites writes;

    TeamMemberResource(TeamMemberService service, CsvExport csv, RecordWrites writes) {
        this.writes = writes;
        this.service = service;
        this.csv = csv;
    }

    @GET
    @Operation(
            operationId = "listTeamMembers",
            summary = "List team members",
            description = "Inactive members are included with includeArchived=true. Sort fields: fullName, email,"
                    + " role, unit, createdAt, updatedAt (default fullName). Also answers Accept: text/csv.")
    @Extension(name = StandardProblemResponses.CSV_EXTENSION, value = "true")
    public PageResponse<TeamMemberView> list(
            @QueryParam("role") TeamRole role,
            @QueryParam("unit") OfficeUnit unit,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text in the name, email or job title") String q,
            @Valid @BeanParam PageParams page) {
        return service.list(new TeamMemberService.Filter(role, unit, q), page);
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true) // documented on the JSON list, which shares its path
    public Response export(
            @QueryParam("role") TeamRole role,
            @QueryParam("unit") OfficeUnit unit,
            @QueryParam("q") @Size(max = 200) String q,
            @Valid @BeanParam PageParams page,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        var filter = new TeamMemberService.Filter(role, unit, q);
        return csv.stream("team-members.csv", service.csvRows(filter, page), csvEscape);
    }

    @GET
    @Path("/{teamMemberId}")
    @Operation(operationId = "getTeamMember", summary = "Get a team member")
    public RestResponse<TeamMemberView> get(@PathParam("teamMemberId") UUID id) {
        return withETag(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTeamMember", summary = "Add a team member")
    @APIResponseSchema(value = TeamMemberView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "409", description = "Email already in use")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response create(
            @HeaderParam(IdempotentPost.HEADER) @Parameter(description = "Makes a retry safe") String idempotencyKey,
            @Valid @NotNull TeamMemberRequest body) {
        return writes.create(
                idempotencyKey,
                body,
                TeamMemberDetails.class,
                details -> TeamMemberView.from(service.create(details)),
                ANSWER);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{teamMemberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateTeamMember", summary = "Replace a team member")
    @APIResponseSchema(value = TeamMemberView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
    @APIResponse(
            responseCode = "409",
            description = "Email already in use; or a deactivation that would leave relationships, meetings ahead"
                    + " or open follow-ups behind (listed)")
    public RestResponse<TeamMemberView> replace(
            @PathParam("teamMemberId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @QueryParam(DEACTIVATE_ANYWAY) @DefaultValue("false") @Parameter(description = DEACTIVATE_ANYWAY_NOTE)
                    boolean deactivateAnyway,
            @Valid @NotNull TeamMemberRequest body) {
        return writes.replace(ifMatch, body, TeamMemberDetails.class, update(id, deactivateAnyway), ANSWER);
    }

    @PATCH
    @RolesAllowed(Roles.ADMIN)
    @Path("/{teamMemberId}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "patchTeamMember",
            summary = "Change some of a team member's fields (JSON Merge Patch); active=false deactivates")
    @APIResponseSchema(value = TeamMemberView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
    @APIResponse(
            responseCode = "409",
            description = "Email already in use; or a deactivation that would leave relationships, meetings ahead"
                    + " or open follow-ups behind (listed)")
    public RestResponse<TeamMemberView> patch(
            @PathParam("teamMemberId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @QueryParam(DEACTIVATE_ANYWAY) @DefaultValue("false") @Parameter(description = DEACTIVATE_ANYWAY_NOTE)
                    boolean deactivateAnyway,
            @Schema(implementation = TeamMemberRequest.class) JsonNode patch) {
        TeamMemberDetails current = TeamMemberDetails.of(service.get(id));
        return writes.patch(
                ifMatch,
                current,
                patch,
                TeamMemberRequest.class,
                TeamMemberDetails.class,
                update(id, deactivateAnyway),
                ANSWER);
    }

    private static final String DEACTIVATE_ANYWAY = "deactivateAnyway";
    private static final String DEACTIVATE_ANYWAY_NOTE = "Deactivate even though the member still owns relationships,"
            + " attends meetings ahead or has open follow-ups (without it, that is 409 listing them)";

    private BiFunction<ExpectedVersion, TeamMemberDetails, TeamMemberView> update(UUID id, boolean deactivateAnyway) {
        return (expected, details) -> {
            TeamMember member = service.update(id, expected, details, deactivateAnyway);
            TeamMemberView view = TeamMemberView.from(member);
            return member.isActive() ? view : view.withLeftBehind(service.leftBehind(id));
        };
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Path("/{teamMemberId}")
    // A 204 has no body: a client that asks only for the error type (problem+json) gets it, never a 406.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(
            operationId = "deleteTeamMember",
            summary = "Delete a team member entered by mistake",
            description = "Only a member nothing refers to can be deleted; deactivate the others (active=false).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Still referred to: deactivate instead")
    public RestResponse<Void> delete(
            @PathParam("teamMemberId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch) {
        service.delete(id, ExpectedVersion.fromIfMatch(ifMatch));
        return RestResponse.noContent();
    }

    private static RestResponse<TeamMemberView> withETag(TeamMember member) {
        return ANSWER.ok(TeamMemberView.from(member));
    }
}
