package io.liaison.team.rest;

import io.liaison.team.OfficeUnit;
import io.liaison.team.TeamRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of a team member: a POST or PUT sends them all; a PATCH merges into them. */
@Schema(name = "TeamMemberWrite")
public record TeamMemberRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Alex Fictional")
        String fullName,

        @NotBlank
        @Email
        @Size(max = 254)
        @Schema(description = "Unique, compared case-insensitively", example = "alex.fictional@example.org")
        String email,

        @Size(max = 200) @Schema(example = "Deputy Mayor for Housing")
        String jobTitle,

        @NotNull TeamRole role,
        OfficeUnit unit,

        @Schema(
                description = "Inactive members stay in history but are hidden from lists by default",
                defaultValue = "true")
        Boolean active) {}
