package io.liaison.coverage.service;

import io.liaison.coverage.CoverageStatus;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "CoverageCell",
        description = "One cell of the briefing coverage matrix: a stakeholder and a policy area")
public record CoverageCell(
        UUID stakeholderId,
        @Schema(example = "Cllr Jane Example") String stakeholderName,
        @Schema(example = "housing") String policyArea,
        @Schema(example = "Housing") String policyAreaName,

        @Schema(
                nullable = true,
                description = "The ACTIVE plan that asks for briefings on this area; null when NOT_PLANNED")
        UUID planId,

        @Schema(nullable = true, description = "The plan's owner")
        UUID ownerId,

        @Schema(nullable = true) Integer briefingCadenceDays,

        @Schema(nullable = true, description = "London day of the last COMPLETED briefing on this area; null if never")
        LocalDate lastBriefed,

        @Schema(nullable = true, description = "Days from lastBriefed to today; null if never briefed")
        Integer daysSinceBriefed,

        @Schema(
                nullable = true,
                description = "The later of lastBriefed and the plan's start, plus the cadence; null when NOT_PLANNED")
        LocalDate nextDue,

        CoverageStatus status) {}
