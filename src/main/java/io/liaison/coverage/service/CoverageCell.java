package io.liaison.coverage.service;

import io.liaison.coverage.CoverageBasis;
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
                description = "The ACTIVE plan that asks for briefings on this area; null unless basis is PLAN")
        UUID planId,

        @Schema(nullable = true, description = "The plan's owner; null unless basis is PLAN")
        UUID ownerId,

        @Schema(
                nullable = true,
                description = "The plan's cadence (PLAN), or the office's default briefing cadence (INTEREST); null"
                        + " when NOT_PLANNED")
        Integer briefingCadenceDays,

        @Schema(nullable = true, description = "London day of the last COMPLETED briefing on this area; null if never")
        LocalDate lastBriefed,

        @Schema(nullable = true, description = "Days from lastBriefed to today; null if never briefed")
        Integer daysSinceBriefed,

        @Schema(
                nullable = true,
                description = "PLAN: the later of lastBriefed and the plan's start, plus the cadence. INTEREST:"
                        + " lastBriefed (or the day the stakeholder was added, if never briefed) plus the default"
                        + " cadence. Null when NOT_PLANNED")
        LocalDate nextDue,

        CoverageStatus status,

        @Schema(description = "Why the cell is in the matrix")
        CoverageBasis basis) {}
