package io.liaison.audit.rest;

import io.liaison.audit.SensitiveRead;
import io.liaison.audit.service.AuditEntry;
import io.liaison.audit.service.AuditQuery;
import io.liaison.audit.service.SensitiveReadQuery;
import io.liaison.common.http.Api;
import io.liaison.common.http.DateOrInstant;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.Paging;
import io.liaison.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/audit")
@Tag(name = "Audit", description = "Every change: who, when, what, with old and new values")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    private final AuditQuery audit;
    private final SensitiveReadQuery sensitiveReads;

    AuditResource(AuditQuery audit, SensitiveReadQuery sensitiveReads) {
        this.audit = audit;
        this.sensitiveReads = sensitiveReads;
    }

    @GET
    @Operation(
            operationId = "listAuditEntries",
            summary = "Read the audit log (ADMIN)",
            description = "Newest first. Sort fields: occurredAt (default"
                    + " -occurredAt). Entries cannot be changed or deleted.")
    public PageResponse<AuditEntry> list(
            @QueryParam("entityType") @Size(max = 50) @Parameter(description = "e.g. stakeholder, post, tenure")
                    String entityType,
            @QueryParam("entityId") @Size(max = 100) String entityId,
            @QueryParam("actor") @Size(max = 300) @Parameter(description = "e.g. jwt:alex@example.org or token:name")
                    String actor,
            @QueryParam("from")
                    @Parameter(
                            description = "At or after this moment." + DateOrInstant.ACCEPTS,
                            schema = @Schema(type = SchemaType.STRING, example = "2026-10-01"))
                    Instant from,
            @QueryParam("to")
                    @Parameter(
                            description = "Before this moment." + DateOrInstant.ACCEPTS_AS_UPPER_BOUND,
                            schema = @Schema(type = SchemaType.STRING, example = "2026-10-31"))
                    Instant to,
            @Valid @BeanParam PageParams page) {
        return audit.list(new AuditQuery.Filter(entityType, entityId, actor, from, to), page);
    }

    @GET
    @Path("/sensitive-reads")
    @Operation(
            operationId = "listSensitiveReads",
            summary = "Read who was shown OFFICIAL_SENSITIVE text without having attended (ADMIN)",
            description = "One entry per request that showed the summary, outcome or decisions of OFFICIAL_SENSITIVE"
                    + " interactions to someone who was not among their office attendees (their stakeholders' owners,"
                    + " ADMIN), in JSON, CSV and exports alike: the reader, the request, when, and the interactions."
                    + " Newest first; entries cannot be changed or deleted.")
    public PageResponse<SensitiveRead> sensitiveReads(
            @QueryParam("readerTeamMemberId") @Parameter(description = "The reader's team member record")
                    UUID readerTeamMemberId,
            @QueryParam("reader") @Size(max = 300) @Parameter(description = "e.g. jwt:alex@example.org or token:name")
                    String reader,
            @QueryParam("interactionId") @Parameter(description = "Reads that showed this interaction")
                    UUID interactionId,
            @QueryParam("from")
                    @Parameter(
                            description = "At or after this moment." + DateOrInstant.ACCEPTS,
                            schema = @Schema(type = SchemaType.STRING, example = "2026-10-01"))
                    Instant from,
            @QueryParam("to")
                    @Parameter(
                            description = "Before this moment." + DateOrInstant.ACCEPTS_AS_UPPER_BOUND,
                            schema = @Schema(type = SchemaType.STRING, example = "2026-10-31"))
                    Instant to,
            @Valid @BeanParam Paging page) {
        return sensitiveReads.list(
                new SensitiveReadQuery.Filter(readerTeamMemberId, reader, interactionId, from, to),
                page.asPageParams());
    }
}
