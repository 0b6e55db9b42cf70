package io.liaison.post.rest;

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
import io.liaison.organisation.OrganisationKey;
import io.liaison.organisation.OrganisationRepository;
import io.liaison.post.Post;
import io.liaison.post.service.PostDetails;
import io.liaison.post.service.PostService;
import io.liaison.post.service.PostView;
import io.liaison.stakeholder.PostCategory;
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

@Path(PostResource.PATH)
@Tag(name = "Posts", description = "Positions that outlive their holders, and who holds them")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class PostResource {

    static final String PATH = Api.BASE + "/posts";
    private static final RecordAnswer<PostView> ANSWER = RecordAnswer.of(PATH, PostView::id, PostView::version);

    private final OrganisationRepository organisations;
    private final PostService service;
    private final CsvExport csv;
    private final RecordWrites writes;

    PostResource(OrganisationRepository organisations, PostService service, CsvExport csv, RecordWrites writes) {
        this.organisations = organisations;
        this.writes = writes;
        this.service = service;
        this.csv = csv;
    }

    @GET
    @Operation(
            operationId = "listPosts",
            summary = "List posts with their current holders",
            description = "Sort fields: organisation, title, category, createdAt, updatedAt (default"
                    + " organisation,title). Also answers Accept: text/csv.")
    @Extension(name = StandardProblemResponses.CSV_EXTENSION, value = "true")
    public PageResponse<PostView> list(
            @QueryParam("organisationId") OrganisationKey organisationId,
            @QueryParam("includeCovering")
                    @DefaultValue("false")
                    @Parameter(
                            description = "With organisationId: also posts covering that authority, such as its"
                                    + " constituency Assembly Member")
                    boolean includeCovering,
            @QueryParam("category") PostCategory category,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text in the title") String q,
            @QueryParam("vacant") @Parameter(description = "true: no holder today; false: held today") Boolean vacant,
            @Valid @BeanParam PageParams page) {
        return service.list(
                new PostService.Filter(
                        organisations.filter("organisationId", organisationId), includeCovering, category, q, vacant),
                page);
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true) // documented on the JSON list, which shares its path
    public Response export(
            @QueryParam("organisationId") OrganisationKey organisationId,
            @QueryParam("includeCovering") @DefaultValue("false") boolean includeCovering,
            @QueryParam("category") PostCategory category,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("vacant") Boolean vacant,
            @Valid @BeanParam PageParams page,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        var filter = new PostService.Filter(
                organisations.filter("organisationId", organisationId), includeCovering, category, q, vacant);
        return csv.stream("posts.csv", service.csvRows(filter, page), csvEscape);
    }

    @GET
    @Path("/{postId}")
    @Operation(operationId = "getPost", summary = "Get a post with its current holder")
    public RestResponse<PostView> get(@PathParam("postId") UUID id) {
        return withETag(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPost", summary = "Add a post")
    @APIResponseSchema(value = PostView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "409", description = "The organisation already has a post with this title")
    @APIResponse(
            responseCode = "422",
            description = "Unknown organisationId or coveredAuthorityIds; or an"
                    + " Idempotency-Key reused with another body")
    public Response create(
            @HeaderParam(IdempotentPost.HEADER) @Parameter(description = "Makes a retry safe") String idempotencyKey,
            @Valid @NotNull PostRequest body) {
        return writes.create(
                idempotencyKey, body, PostDetails.class, details -> service.response(service.create(details)), ANSWER);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Path("/{postId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePost", summary = "Replace a post")
    @APIResponseSchema(value = PostView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
    @APIResponse(responseCode = "409", description = "The organisation already has a post with this title")
    @APIResponse(responseCode = "422", description = "Unknown ids, or a fixed field of a reference post changed")
    public RestResponse<PostView> replace(
            @PathParam("postId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Valid @NotNull PostRequest body) {
        return writes.replace(ifMatch, body, PostDetails.class, update(id), ANSWER);
    }

    @PATCH
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Path("/{postId}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchPost", summary = "Change some of a post's fields (JSON Merge Patch)")
    @APIResponseSchema(value = PostView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
    @APIResponse(responseCode = "409", description = "The organisation already has a post with this title")
    @APIResponse(responseCode = "422", description = "Unknown ids, or a fixed field of a reference post changed")
    public RestResponse<PostView> patch(
            @PathParam("postId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Schema(implementation = PostRequest.class) JsonNode patch) {
        PostDetails current = PostDetails.of(service.get(id));
        return writes.patch(ifMatch, current, patch, PostRequest.class, PostDetails.class, update(id), ANSWER);
    }

    private BiFunction<ExpectedVersion, PostDetails, PostView> update(UUID id) {
        return (expected, details) -> service.response(service.update(id, expected, details));
    }

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Path("/{postId}")
    // A 204 has no body: a client that asks only for the error type (problem+json) gets it, never a 406.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(
            operationId = "deletePost",
            summary = "Delete a post entered by mistake",
            description = "Reference posts and posts with holder history cannot be deleted; archive them instead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "A reference post, or one with holder history")
    public RestResponse<Void> delete(
            @PathParam("postId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch) {
        service.delete(id, ExpectedVersion.fromIfMatch(ifMatch));
        return RestResponse.noContent();
    }

    private RestResponse<PostView> withETag(Post post) {
        return withETag(service.response(post));
    }

    private static RestResponse<PostView> withETag(PostView post) {
        return ANSWER.ok(post);
    }
}
