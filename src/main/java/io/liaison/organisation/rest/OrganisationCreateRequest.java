package io.liaison.organisation.rest;

import io.liaison.organisation.GovernanceModel;
import io.liaison.organisation.OrganisationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationCreate")
public record OrganisationCreateRequest(
        @Schema(
                description = "Short code, lower case with hyphens; derived from the name when omitted",
                example = "home-office")
        @Pattern(
                regexp = "^[a-z0-9][a-z0-9-]{1,59}$",
                message = "must be 2 to 60 lower-case letters, digits or hyphens")
        String code,

        @NotBlank @Size(max = 200) @Schema(example = "Home Office")
        String name,

        @NotNull
        @Schema(
                description = "London authorities, London Councils, the Assembly and the GLA ship as reference"
                        + " data and cannot be created")
        OrganisationKind kind,

        @Pattern(regexp = "^[EWSN][0-9]{8}$", message = "must be an ONS GSS code like E09000012")
        String gssCode,

        GovernanceModel governanceModel,
        @Size(max = 100) String politicalControl,
        @Size(max = 500) String website) {}
