package io.liaison.election.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of a pre-election period: a POST or PUT sends them all; a PATCH merges into them. */
@Schema(name = "PreElectionPeriodWrite")
public record PreElectionPeriodRequest(
        @NotBlank @Size(max = 200) @Schema(example = "London borough council elections 2030")
        String name,

        @Schema(
                description = "Its first day. When omitted: the last day on which the notice of election may be"
                        + " published, the 25th working day before polling day (weekends and England's bank holidays"
                        + " not counted)",
                example = "2030-03-26")
        LocalDate startsOn,

        @NotNull @Schema(description = "Its last day", example = "2030-05-02")
        LocalDate pollingDay,

        @Size(max = 100) @Schema(description = "Organisations every post of which is up for election")
        List<@NotNull UUID> organisationIds,

        @Size(max = 2000) @Schema(description = "Single posts up for election")
        List<@NotNull UUID> postIds) {}
