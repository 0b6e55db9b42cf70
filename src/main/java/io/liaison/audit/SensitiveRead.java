package io.liaison.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One request that showed OFFICIAL_SENSITIVE text to someone who did not attend the interactions it names. */
@Schema(name = "SensitiveRead")
public record SensitiveRead(
        UUID id,
        Instant readAt,

        @Schema(description = "Who read it", example = "jwt:alex.fictional@example.org")
        String reader,

        @Schema(nullable = true, description = "The reader's team member record, when linked")
        UUID readerTeamMemberId,

        @Schema(description = "The request that showed it", example = "GET /api/v1/interactions")
        String endpoint,

        @Schema(description = "The interactions whose sensitive text it showed")
        List<UUID> interactionIds) {}
