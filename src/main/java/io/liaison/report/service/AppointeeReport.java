package io.liaison.report.service;

import io.liaison.election.service.PeriodRef;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AppointeeReport")
public record AppointeeReport(
        LocalDate from,
        LocalDate to,

        @Schema(description = "The day (Europe/London) the \"now\" figures were taken on")
        LocalDate asOf,

        @Schema(description = "One row per team member, ordered by name")
        List<AppointeeRow> rows,

        @Schema(description = "The pre-election periods that share a day with the period covered, earliest first")
        List<PeriodRef> preElectionPeriods) {}
