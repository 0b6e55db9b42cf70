package io.liaison.election.service;

import io.liaison.organisation.service.OrganisationRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PreElectionPeriod")
public record PeriodView(
        UUID id,

        @Schema(example = "London borough council elections 2030")
        String name,

        @Schema(description = "Its first day: by default the last day on which the notice of election may be published")
        LocalDate startsOn,

        @Schema(description = "Its last day") LocalDate pollingDay,

        @Schema(description = "Up for election: every post of these organisations, by name")
        List<OrganisationRef> organisations,

        @Schema(description = "Up for election: these posts, by organisation and title")
        List<PostUp> posts,

        @Schema(description = "Today falls in it") boolean current,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "PreElectionPeriodPost")
    public record PostUp(UUID id, String title, OrganisationRef organisation) {}
}
