package io.liaison.organisation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaison.common.http.Api;
import io.liaison.common.http.ETags;
import io.liaison.common.http.ExpectedVersion;
import io.liaison.common.http.IdempotentPost;
import io.liaison.common.http.RecordWrites;
import io.liaison.common.json.JsonMergePatch;
import io.liaison.common.json.MergePatcher;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.security.Roles;
import io.liaison.organisation.Organisation;
import io.liaison.organisation.OrganisationKind;
import io.liaison.organisation.service.NewOrganisation;
import io.liaison.organisation.service.OrganisationDetails;
import io.liaison.organisation.service.OrganisationService;
import io.liaison.organisation.service.OrganisationView;
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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/organisations")
@Tag(name = "Organisations", description = "London authorities and other bodies stakeholders belong to")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class OrganisationResource {

    private final OrganisationService service;
    private final IdempotentPost idempotent;
    private final MergePatcher patcher;

    private final RecordWrites writes;

    OrganisationResource(
            OrganisationService service, IdempotentPost idempotent, MergePatcher patcher, RecordWrites writes) {
        this.writes = writes;
        this.service = service;
        this.idempotent = idempotent;
        this.patcher = patcher;
    }

    @GET
    @Operation(
            operationId = "listOrganisations",
            summary = "List organisations",
            description = "Sort fields: name, code, kind, gssCode, createdAt, updatedAt (default name).")
    public PageResponse<OrganisationView> list(
            @QueryParam("kind") OrganisationKind kind,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text in the name, code or GSS code") String q,
            @Valid @BeanParam PageParams page) {
        return service.list(kind, q, page);
    }

    @GET
    @Path("/{organisationId}")
    @Operation(operationId = "getOrganisation", summary = "Get an organisation")
    public RestResponse<OrganisationView> get(@PathParam("organisationId") UUID id) {
        return withETag(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrganisation", summary = "Add an organisation (a body that is not reference data)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "409", description = "Code, name or GSS code already in use")
    @APIResponse(
            responseCode = "422",
            description = "A reference-only kind, or an Idempotency-Key reused with another body")
    public Response create(
            @HeaderParam(IdempotentPost.HEADER) @Parameter(description = "Makes a retry safe") String idempotencyKey,
            @Valid @NotNull OrganisationCreateRequest body) {
        return idempotent.run(idempotencyKey, Api.BASE + "/organisations", body, () -> {
            Organisation created = service.create(writes.command(body, NewOrganisation.class));
            return ETags.created(
                    URI.create(Api.BASE + "/organisations/" + created.getId()),
                    OrganisationView.from(created),
                    created.getVersion());
        });
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{organisationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateOrganisation",
            summary = "Replace an organisation's writable fields (political control, governance model…)")
    @APIResponse(
            responseCode = "200",
            description = "The record as it is now",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "422", description = "A fixed field of a reference organisation changed")
    @APIResponse(responseCode = "409", description = "Name or GSS code already in use")
    public RestResponse<OrganisationView> replace(
            @PathParam("organisationId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Valid @NotNull OrganisationUpdateRequest body) {
        return withETag(service.update(
                id, ExpectedVersion.fromIfMatch(ifMatch), writes.command(body, OrganisationDetails.class)));
    }

    @PATCH
    @RolesAllowed(Roles.ADMIN)
    @Path("/{organisationId}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patchOrganisation",
            summary = "Change some of an organisation's fields (JSON Merge Patch)")
    @APIResponse(
            responseCode = "200",
            description = "The record as it is now",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "422", description = "A fixed field of a reference organisation changed")
    @APIResponse(responseCode = "409", description = "Name or GSS code already in use")
    public RestResponse<OrganisationView> patch(
            @PathParam("organisationId") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Schema(implementation = OrganisationUpdateRequest.class) JsonNode patch) {
        OrganisationUpdateRequest patched =
                patcher.apply(OrganisationDetails.of(service.get(id)), patch, OrganisationUpdateRequest.class);
        return withETag(service.update(
                id, ExpectedVersion.fromIfMatch(ifMatch), writes.command(patched, OrganisationDetails.class)));
    }

    private static RestResponse<OrganisationView> withETag(Organisation organisation) {
        return ETags.ok(OrganisationView.from(organisation), organisation.getVersion());
    }
}
