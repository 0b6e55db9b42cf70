package io.liaison.audit.rest;

import io.liaison.audit.service.AuditQuery;
import io.liaison.common.http.Api;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/audit")
@Tag(name = "Audit", description = "Every change: who, when, what, with old and new values")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    private final AuditQuery audit;

    AuditResource(AuditQuery audit) {
        this.audit = audit;
    }

    @GET
    @Operation(
            summary = "Read the audit log (ADMIN)",
            description = "Newest first. Sort fields: occurredAt (default"
                    + " -occurredAt). Entries cannot be changed or deleted.")
    public PageResponse<AuditEntryResponse> list(
            @QueryParam("entityType") @Size(max = 50) @Parameter(description = "e.g. stakeholder, post, tenure")
                    String entityType,
            @QueryParam("entityId") @Size(max = 100) String entityId,
            @QueryParam("actor") @Size(max = 300) @Parameter(description = "e.g. jwt:alex@example.org or token:name")
                    String actor,
            @QueryParam("from") @Parameter(description = "At or after this instant") Instant from,
            @QueryParam("to") @Parameter(description = "Before this instant") Instant to,
            @Valid @BeanParam PageParams page) {
        return audit.list(new AuditQuery.Filter(entityType, entityId, actor, from, to), page);
    }
}
