package io.liaison.plan.rest;

import io.liaison.plan.service.PlanMilestone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of a plan: a POST or PUT sends them all; a PATCH merges into them. Status moves apart. */
@Schema(name = "PlanWrite")
public record PlanRequest(
        @NotNull @Schema(description = "Fixed once created") UUID stakeholderId,

        @NotNull @Schema(description = "An active team member")
        UUID ownerId,

        @NotBlank @Size(max = 200) @Schema(example = "Housing delivery partnership")
        String title,

        @Size(max = 10_000) String objectives,

        @Size(max = 30) @Schema(description = "Policy area codes to brief on", example = "[\"housing\"]")
        List<@NotBlank String> policyAreas,

        @NotNull @Min(1) @Max(730) @Schema(description = "Days between contacts", example = "30")
        Integer contactCadenceDays,

        @NotNull @Min(1) @Max(730) @Schema(description = "Days between briefings on each policy area", example = "90")
        Integer briefingCadenceDays,

        @NotNull LocalDate startDate,

        @Schema(description = "After startDate; none for an open-ended plan")
        LocalDate endDate,

        @Size(max = 100) List<@Valid @NotNull PlanMilestone> milestones) {}
