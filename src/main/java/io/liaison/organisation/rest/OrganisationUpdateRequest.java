package io.liaison.organisation.rest;

import io.liaison.common.persistence.RecordStatus;
import io.liaison.organisation.GovernanceModel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields: a PUT sends them all; a PATCH merges into them. */
@Schema(name = "OrganisationUpdate")
public record OrganisationUpdateRequest(
        @NotBlank @Size(max = 200) @Schema(description = "Fixed for reference organisations")
        String name,

        @Pattern(regexp = "^[EWSN][0-9]{8}$", message = "must be an ONS GSS code like E09000012")
        @Schema(description = "Fixed for reference organisations")
        String gssCode,

        GovernanceModel governanceModel,

        @Size(max = 100) @Schema(description = "Changes at elections", example = "No overall control")
        String politicalControl,

        @Size(max = 500) String website,
        @NotNull RecordStatus status) {}
