package io.liaison.apitoken.service;

import io.liaison.apitoken.ApiToken;
import io.liaison.common.security.SecurityRole;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiToken")
public record ApiTokenView(
        UUID id,
        String name,

        @Schema(description = "The token's first characters, to tell tokens apart", example = "lia_Xy3k")
        String tokenPrefix,

        SecurityRole role,
        @Schema(nullable = true) UUID teamMemberId,
        Instant expiresAt,

        @Schema(nullable = true, description = "Last use, to the minute")
        Instant lastUsedAt,

        @Schema(nullable = true) Instant revokedAt,
        @Schema(nullable = true) String revokedBy,
        String createdBy,
        Instant createdAt,
        long version,

        @Schema(
                nullable = true,
                description = "The token itself: only in the response that creates it, null elsewhere. Send it as"
                        + " `Authorization: Bearer <token>`.")
        String token) {

    public static ApiTokenView from(ApiToken t, String token) {
        return new ApiTokenView(
                t.getId(),
                t.getName(),
                t.getTokenPrefix(),
                t.getRole(),
                t.getTeamMemberId(),
                t.getExpiresAt(),
                t.getLastUsedAt(),
                t.getRevokedAt(),
                t.getRevokedBy(),
                t.getCreatedBy(),
                t.getCreatedAt(),
                t.getVersion(),
                token);
    }
}
