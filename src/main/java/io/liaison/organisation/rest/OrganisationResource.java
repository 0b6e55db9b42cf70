package io.liaison.organisation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.liaison.common.http.Api;
import io.liaison.common.http.ExpectedVersion;
import io.liaison.common.http.IdempotentPost;
import io.liaison.common.http.RecordAnswer;
import io.liaison.common.http.RecordWrites;
import io.liaison.common.json.JsonMergePatch;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.security.Roles;
import io.liaison.organisation.Organisation;
import io.liaison.organisation.OrganisationKey;
import io.liaison.organisation.OrganisationKind;
import io.liaison.organisation.OrganisationRepository;
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
import java.util.UUID;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(OrganisationResource.PATH)
@Tag(name = "Organisations", description = "London authorities and other bodies stakeholders belong to")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class OrganisationResource {

    static final String PATH = Api.BASE + "/organisations";
    private static final RecordAnswer<OrganisationView> ANSWER =
            RecordAnswer.of(PATH, OrganisationView::id, OrganisationView::version);

    private final OrganisationService service;
    private final OrganisationRepository organisations;
    private final RecordWrites writes;

    OrganisationResource(OrganisationService service, OrganisationRepository organisations, RecordWrites writes) {
        this.writes = writes;
        this.service = service;
        this.organisations = organisations;
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
    public RestResponse<OrganisationView> get(@PathParam("organisationId") OrganisationKey key) {
        return withETag(service.get(organisations.existing(key)));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrganisation", summary = "Add an organisation (a body that is not reference data)")
    @APIResponseSchema(value = OrganisationView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "409", description = "Code, name or GSS code already in use")
    @APIResponse(
            responseCode = "422",
            description = "A reference-only kind, or an Idempotency-Key reused with another body")
    public Response create(
            @HeaderParam(IdempotentPost.HEADER) @Parameter(description = "Makes a retry safe") String idempotencyKey,
            @Valid @NotNull OrganisationCreateRequest body) {
        return writes.create(
                idempotencyKey,
                body,
                NewOrganisation.class,
                organisation -> OrganisationView.from(service.create(organisation)),
                ANSWER);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{organisationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateOrganisation",
            summary = "Replace an organisation's writable fields (political control, governance model…)")
    @APIResponseSchema(value = OrganisationView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
    @APIResponse(responseCode = "422", description = "A fixed field of a reference organisation changed")
    @APIResponse(responseCode = "409", description = "Name or GSS code already in use")
    public RestResponse<OrganisationView> replace(
            @PathParam("organisationId") OrganisationKey key,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Valid @NotNull OrganisationUpdateRequest body) {
        return writes.replace(ifMatch, body, OrganisationDetails.class, update(organisations.existing(key)), ANSWER);
    }

    @PATCH
    @RolesAllowed(Roles.ADMIN)
    @Path("/{organisationId}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "patchOrganisation",
            summary = "Change some of an organisation's fields (JSON Merge Patch)")
    @APIResponseSchema(value = OrganisationView.class, responseCode = "200", responseDescription = Api.AS_IT_IS_NOW)
    @APIResponse(responseCode = "422", description = "A fixed field of a reference organisation changed")
    @APIResponse(responseCode = "409", description = "Name or GSS code already in use")
    public RestResponse<OrganisationView> patch(
            @PathParam("organisationId") OrganisationKey key,
            @HeaderParam("If-Match") @Parameter(description = "The ETag last read") String ifMatch,
            @Schema(implementation = OrganisationUpdateRequest.class) JsonNode patch) {
        UUID id = organisations.existing(key);
        OrganisationDetails current = OrganisationDetails.of(service.get(id));
        return writes.patch(
                ifMatch,
                current,
                patch,
                OrganisationUpdateRequest.class,
                OrganisationDetails.class,
                update(id),
                ANSWER);
    }

    private BiFunction<ExpectedVersion, OrganisationDetails, OrganisationView> update(UUID id) {
        return (expected, details) -> OrganisationView.from(service.update(id, expected, details));
    }

    private static RestResponse<OrganisationView> withETag(Organisation organisation) {
        return ANSWER.ok(OrganisationView.from(organisation));
    }
}
