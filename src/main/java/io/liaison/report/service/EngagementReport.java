package io.liaison.report.service;

import io.liaison.election.service.PeriodRef;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EngagementReport")
public record EngagementReport(
        LocalDate from,
        LocalDate to,
        @Schema(description = "The grouping asked for") String groupBy,

        @Schema(description = "The day (Europe/London) the \"now\" figures were taken on")
        LocalDate asOf,

        @Schema(description = "One row per group, ordered by label (months in time order); the \"none\" group last")
        List<EngagementRow> rows,

        @Schema(description = "The pre-election periods that share a day with the period covered, earliest first")
        List<PeriodRef> preElectionPeriods) {}
