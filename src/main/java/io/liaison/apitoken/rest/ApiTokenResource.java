package io.liaison.apitoken.rest;

import io.liaison.apitoken.service.ApiTokenService;
import io.liaison.apitoken.service.ApiTokenView;
import io.liaison.apitoken.service.NewApiToken;
import io.liaison.common.http.Api;
import io.liaison.common.http.IdempotentPost;
import io.liaison.common.http.RecordAnswer;
import io.liaison.common.http.RecordWrites;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.security.Roles;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(ApiTokenResource.PATH)
@Tag(name = "API tokens", description = "Bearer tokens for scripts and reporting services (ADMIN)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ApiTokenResource {

    static final String PATH = Api.BASE + "/api-tokens";
    private static final RecordAnswer<ApiTokenView> ANSWER =
            RecordAnswer.of(PATH, ApiTokenView::id, ApiTokenView::version);

    private final ApiTokenService service;
    private final RecordWrites writes;

    ApiTokenResource(ApiTokenService service, RecordWrites writes) {
        this.writes = writes;
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listApiTokens",
            summary = "List API tokens (never the tokens themselves)",
            description = "Revoked tokens are included with includeArchived=true. Sort fields: createdAt, name,"
                    + " expiresAt, lastUsedAt (default -createdAt).")
    public PageResponse<ApiTokenView> list(
            @QueryParam("teamMemberId") UUID teamMemberId, @Valid @BeanParam PageParams page) {
        return service.list(teamMemberId, page);
    }

    @GET
    @Path("/{apiTokenId}")
    @Operation(operationId = "getApiToken", summary = "Get an API token's details")
    public RestResponse<ApiTokenView> get(@PathParam("apiTokenId") UUID id) {
        return ANSWER.ok(ApiTokenView.from(service.get(id), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createApiToken",
            summary = "Create an API token; the response is the only time the token is shown")
    @APIResponseSchema(
            value = ApiTokenView.class,
            responseCode = "201",
            responseDescription = "Created; `token` holds the secret")
    @APIResponse(
            responseCode = "422",
            description = "Unknown or inactive teamMemberId; or an Idempotency-Key reused" + " with another body")
    public Response create(
            @HeaderParam(IdempotentPost.HEADER) @Parameter(description = "Makes a retry safe") String idempotencyKey,
            @Valid @NotNull ApiTokenRequest body) {
        return writes.create(idempotencyKey, body, NewApiToken.class, token -> issued(service.create(token)), ANSWER);
    }

    /** The only answer that carries the token's secret. */
    private static ApiTokenView issued(NewApiToken.Issued issued) {
        return ApiTokenView.from(issued.token(), issued.secret());
    }

    @POST
    @Path("/{apiTokenId}/revoke")
    @Operation(operationId = "revokeApiToken", summary = "Revoke an API token at once (repeating it changes nothing)")
    public RestResponse<ApiTokenView> revoke(@PathParam("apiTokenId") UUID id) {
        return ANSWER.ok(ApiTokenView.from(service.revoke(id), null));
    }
}
