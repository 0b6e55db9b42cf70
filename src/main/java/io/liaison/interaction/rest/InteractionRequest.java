package io.liaison.interaction.rest;

import io.liaison.interaction.Classification;
import io.liaison.interaction.InteractionStatus;
import io.liaison.interaction.InteractionType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The writable fields of an interaction: a POST or PUT sends them all; a PATCH merges into them. Follow-ups can be
 * created inline on POST only (logging a meeting with its decisions and actions is one call).
 */
@Schema(name = "InteractionWrite")
public record InteractionRequest(
        @NotNull InteractionType type,
        @NotNull InteractionStatus status,

        @NotNull
        @Schema(
                description = "ISO-8601 with offset; shown back in Europe/London time",
                example = "2026-05-07T09:30:00+01:00")
        OffsetDateTime startsAt,

        OffsetDateTime endsAt,
        @Size(max = 200) String title,

        @Size(max = 200) @Schema(description = "Where it takes place, as free text", example = "City Hall, Room 4")
        String location,

        @Size(max = 1000)
        @Pattern(regexp = "https://\\S+", message = "must be an https:// link")
        @Schema(
                description = "The link to join, for one held online",
                example = "https://teams.microsoft.com/l/meetup-join/abc")
        String onlineMeetingUrl,

        @NotEmpty @Size(max = 50) @Schema(description = "At least one")
        List<@NotNull UUID> stakeholderIds,

        @Size(max = 50) @Schema(description = "Office attendees (team members)")
        List<@NotNull UUID> attendeeIds,

        @Schema(description = "The engagement plan this serves")
        UUID planId,

        @Size(max = 30) @Schema(description = "Policy area codes covered")
        List<@NotBlank String> policyAreas,

        @Size(max = 20_000) String summary,
        @Size(max = 20_000) String outcome,
        @Size(max = 20_000) String decisions,
        @Schema(description = "OFFICIAL when omitted") Classification classification,

        @Schema(description = "For scheduled meetings and visits: is the internal briefing pack ready?")
        Boolean briefingPackReady,

        @Size(max = 50) @Schema(description = "Follow-up actions to create with the interaction (POST only)")
        List<@Valid @NotNull FollowUpRequest> followUps) {

    @Schema(name = "FollowUpWrite")
    public record FollowUpRequest(
            @NotBlank @Size(max = 2000) String description,
            @NotNull UUID assigneeId,
            @NotNull LocalDate dueDate) {}
}
