package io.liaison.policyarea.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PolicyAreaCreate")
public record PolicyAreaCreateRequest(
        @NotNull
        @Pattern(
                regexp = "^[a-z][a-z0-9-]{1,39}$",
                message = "must be 2 to 40 lower-case letters, digits or hyphens, starting with a letter")
        @Schema(example = "night-time-economy")
        String code,

        @NotBlank @Size(max = 100) @Schema(example = "Night-time economy")
        String name,

        @Size(max = 1000) String description) {}
