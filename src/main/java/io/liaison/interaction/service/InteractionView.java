package io.liaison.interaction.service;

import com.fasterxml.jackson.databind.util.RawValue;
import io.liaison.common.time.AppClock;
import io.liaison.interaction.Classification;
import io.liaison.interaction.InteractionStatus;
import io.liaison.interaction.InteractionType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An interaction as every endpoint shows it. Its stakeholders and attendees are the JSON arrays of {@link Party} that
 * interaction_parts stores (V17), written into the response as they are, rather than read into records only to be
 * written out again.
 */
@Schema(name = "Interaction")
public record InteractionView(
        UUID id,
        InteractionType type,
        InteractionStatus status,
        @Schema(description = "In Europe/London time") OffsetDateTime startsAt,
        @Schema(nullable = true) OffsetDateTime endsAt,
        @Schema(nullable = true) String title,

        @Schema(nullable = true, description = "Where it takes place")
        String location,

        @Schema(nullable = true, description = "The link to join, for one held online")
        String onlineMeetingUrl,

        @Schema(description = "By last name, then first name", type = SchemaType.ARRAY, implementation = Party.class)
        RawValue stakeholders,

        @Schema(description = "Office attendees, by name", type = SchemaType.ARRAY, implementation = Party.class)
        RawValue attendees,

        @Schema(nullable = true) UUID planId,

        @Schema(description = "Policy area codes, in code order")
        List<String> policyAreas,

        @Schema(nullable = true, description = "Null when redacted")
        String summary,

        @Schema(nullable = true, description = "Null when redacted")
        String outcome,

        @Schema(nullable = true, description = "Null when redacted")
        String decisions,

        Classification classification,

        @Schema(description = "True when OFFICIAL_SENSITIVE content was withheld from this caller")
        boolean redacted,

        @Schema(nullable = true) Boolean briefingPackReady,
        @Schema(description = "By due date") List<FollowUpView> followUps,

        @Schema(
                description = "What to take care over, never a refusal: a pre-election period the interaction's day"
                        + " falls in, while one of its stakeholders holds a post up for election",
                type = SchemaType.ARRAY,
                implementation = Warning.class)
        RawValue warnings,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "InteractionParty", description = "A stakeholder or attendee, by id and name")
    public record Party(UUID id, String name) {}

    /** What a warning is about; clients must tolerate new kinds. */
    @Schema(name = "InteractionWarningKind")
    public enum WarningKind {
        PRE_ELECTION_PERIOD
    }

    @Schema(name = "InteractionWarning")
    public record Warning(
            WarningKind kind,

            @Schema(
                    example = "London borough council elections 2030 (polling day 2 May 2030): Cllr Sam Example"
                            + " holds a post up for election; take care with this engagement")
            String message,

            @Schema(nullable = true, description = "PRE_ELECTION_PERIOD: the period")
            UUID periodId,

            @Schema(nullable = true, description = "PRE_ELECTION_PERIOD: its name")
            String periodName,

            @Schema(nullable = true, description = "PRE_ELECTION_PERIOD: its polling day")
            java.time.LocalDate pollingDay,

            @Schema(description = "The stakeholders concerned")
            List<UUID> stakeholderIds) {}

    /** How instants are shown: as offset date-times in Europe/London. */
    public static OffsetDateTime london(Instant instant) {
        return instant == null ? null : instant.atZone(AppClock.LONDON).toOffsetDateTime();
    }
}
