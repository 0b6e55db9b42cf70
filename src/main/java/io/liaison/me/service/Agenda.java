package io.liaison.me.service;

import io.liaison.election.service.PeriodRef;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Agenda", description = "What is due for the caller in a range of London days, in one answer")
public record Agenda(
        UUID teamMemberId,
        @Schema(description = "First London day, included") LocalDate from,
        @Schema(description = "Last London day, included") LocalDate to,

        @Schema(description = "Today in London: overdue items are shown on it")
        LocalDate today,

        @Schema(description = "By day, then start time (untimed items last), kind and title")
        List<AgendaItem> items,

        @Schema(description = "The pre-election periods that share a day with the range, earliest first")
        List<PeriodRef> preElectionPeriods) {}
