package io.liaison.imports.rest;

import io.liaison.common.http.Api;
import io.liaison.common.http.IdempotentPost;
import io.liaison.common.http.RecordWrites;
import io.liaison.common.security.Roles;
import io.liaison.imports.service.ImportReport;
import io.liaison.imports.service.StakeholderImport;
import io.liaison.stakeholder.rest.StakeholderRequest;
import io.liaison.stakeholder.service.StakeholderDetails;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(Api.BASE + "/imports/stakeholders")
@Tag(name = "Imports", description = "Moving in from spreadsheets")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class StakeholderImportResource {

    private final StakeholderImport imports;
    private final IdempotentPost idempotent;

    private final RecordWrites writes;
    private final Validator validator;

    StakeholderImportResource(
            StakeholderImport imports, IdempotentPost idempotent, RecordWrites writes, Validator validator) {
        this.writes = writes;
        this.validator = validator;
        this.imports = imports;
        this.idempotent = idempotent;
    }

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "importStakeholders",
            summary = "Import stakeholders, with their post and owners, from CSV",
            description =
                    "A UTF-8 CSV file with a header row naming some of these columns (any order; case, spaces, _ and - ignored):"
                            + " honorific, firstName, lastName (both required), party, email, phone, privateOfficeContact,"
                            + " priority (HIGH, MEDIUM, LOW), influence and interest (1 to 5), termEndDate (2026-05-07),"
                            + " policyInterests (codes separated by ;), notes; organisation (code, GSS code or name),"
                            + " postTitle (an ACTIVE post of that organisation, or a new one), postCategory (for a new"
                            + " post), postFrom (tenure start, today when empty); leadOwnerEmail, supportOwnerEmails (; between"
                            + " them) of active team members. With dryRun=true nothing is written and the answer lists every"
                            + " row's outcome and every problem by line and column. Without it, a file with any problem is"
                            + " refused (422, the same problems) and nothing is written; otherwise every new row is written in"
                            + " one transaction. A row matching a stakeholder already there (same email; without email, same"
                            + " name and holding the same post, or same name when no post is given) is skipped as EXISTING,"
                            + " so the same file sent twice creates nothing twice.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "text/csv",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .STRING)))
    @APIResponseSchema(
            value = ImportReport.class,
            responseCode = "200",
            responseDescription = "The import's (or dry run's) report")
    @APIResponse(
            responseCode = "400",
            description = "Not readable as CSV, an unknown column, no firstName or lastName column, too many rows")
    @APIResponse(
            responseCode = "422",
            description = "Rows with problems (violations name line and column); nothing was imported. Or an"
                    + " Idempotency-Key reused with another file")
    public Response importStakeholders(
            @QueryParam("dryRun") @Parameter(description = "Check only, write nothing (default false)") Boolean dryRun,
            @HeaderParam(IdempotentPost.HEADER) @Parameter(description = "Makes a retry safe") String idempotencyKey,
            String csv) {
        boolean check = Boolean.TRUE.equals(dryRun);
        if (check) {
            return Response.ok(imports.run(csv, true, this::violations)).build();
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("file", csv);
        return idempotent.run(
                idempotencyKey,
                Api.BASE + "/imports/stakeholders",
                request,
                () -> RestResponse.ok(imports.run(csv, false, this::violations)));
    }

    /** A row's details held to the rules of the stakeholder a POST would create. */
    private Set<ConstraintViolation<StakeholderRequest>> violations(StakeholderDetails details) {
        return validator.validate(writes.command(details, StakeholderRequest.class));
    }
}
