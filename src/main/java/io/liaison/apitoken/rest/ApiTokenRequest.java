package io.liaison.apitoken.rest;

import io.liaison.common.security.SecurityRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiTokenCreate")
public record ApiTokenRequest(
        @NotBlank @Size(max = 100) @Schema(example = "weekly-coverage-report")
        String name,

        @NotNull @Schema(description = "A token without a team member is a reporting service and must be REPORTER")
        SecurityRole role,

        @Schema(description = "The team member the token acts for; omit for a reporting service")
        UUID teamMemberId,

        @Schema(description = "When it stops working; default 90 days from now, at most 366 days")
        Instant expiresAt) {}
