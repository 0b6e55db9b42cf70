package io.liaison.election.service;

import io.liaison.election.PreElectionPeriod;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pre-election period as the agenda and the reports show it. */
@Schema(name = "PreElectionPeriodRef")
public record PeriodRef(
        UUID id,
        String name,
        @Schema(description = "Its first day") LocalDate startsOn,
        @Schema(description = "Its last day") LocalDate pollingDay) {

    public static PeriodRef from(PreElectionPeriod p) {
        return new PeriodRef(p.getId(), p.getName(), p.getStartsOn(), p.getPollingDay());
    }
}
