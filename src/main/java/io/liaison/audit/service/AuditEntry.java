package io.liaison.audit.service;

import io.liaison.audit.AuditAction;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry")
/** One audit log entry as the service reads it; the API answers with it as it is (schema "AuditEntry"). */
public record AuditEntry(
        UUID id,
        Instant occurredAt,

        @Schema(description = "Who made the change", example = "jwt:alex.fictional@example.org")
        String actor,

        @Schema(nullable = true, description = "The actor's team member record, when linked")
        UUID actorTeamMemberId,

        @Schema(example = "stakeholder") String entityType,
        String entityId,
        AuditAction action,

        @Schema(description = "Changed fields with their old and new values")
        Map<String, FieldChange> changes) {

    @Schema(name = "FieldChange")
    public record FieldChange(
            @Schema(description = "The value before (null when created)")
            Object from,

            @Schema(description = "The value after (null when deleted)")
            Object to) {}
}
