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
        long version,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "InteractionParty", description = "A stakeholder or attendee, by id and name")
    public record Party(UUID id, String name) {}

    /** How instants are shown: as offset date-times in Europe/London. */
    public static OffsetDateTime london(Instant instant) {
        return instant == null ? null : instant.atZone(AppClock.LONDON).toOffsetDateTime();
    }
}
