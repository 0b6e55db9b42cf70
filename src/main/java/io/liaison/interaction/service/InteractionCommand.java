package io.liaison.interaction.service;

import io.liaison.common.time.AppClock;
import io.liaison.interaction.Classification;
import io.liaison.interaction.Interaction;
import io.liaison.interaction.InteractionStatus;
import io.liaison.interaction.InteractionType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An interaction's writable fields: all of them to log one or to replace one; a patch is merged into them first.
 * Follow-ups come along only when it is logged.
 */
public record InteractionCommand(
        InteractionType type,
        InteractionStatus status,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String title,
        String location,
        String onlineMeetingUrl,
        List<UUID> stakeholderIds,
        List<UUID> attendeeIds,
        UUID planId,
        List<String> policyAreas,
        String summary,
        String outcome,
        String decisions,
        Classification classification,
        Boolean briefingPackReady,
        List<NewFollowUp> followUps) {

    /** The stored interaction's writable fields, its times shown in Europe/London as every answer shows them. */
    public static InteractionCommand of(Interaction i) {
        return new InteractionCommand(
                i.getType(),
                i.getStatus(),
                london(i.getStartsAt()),
                london(i.getEndsAt()),
                i.getTitle(),
                i.getLocation(),
                i.getOnlineMeetingUrl(),
                List.copyOf(i.getStakeholderIds()),
                List.copyOf(i.getAttendeeIds()),
                i.getPlanId(),
                i.getPolicyAreas().stream().sorted().toList(),
                i.getSummary(),
                i.getOutcome(),
                i.getDecisions(),
                i.getClassification(),
                i.getBriefingPackReady(),
                null);
    }

    /** The same fields with the sensitive text and the follow-ups left out, as a caller who may not read it sees it. */
    InteractionCommand withoutText() {
        return new InteractionCommand(
                type,
                status,
                startsAt,
                endsAt,
                title,
                location,
                onlineMeetingUrl,
                stakeholderIds,
                attendeeIds,
                planId,
                policyAreas,
                null,
                null,
                null,
                classification,
                briefingPackReady,
                null);
    }

    /** The same fields with the text and classification that are stored, whatever was sent for them. */
    InteractionCommand withTextOf(Interaction stored) {
        return new InteractionCommand(
                type,
                status,
                startsAt,
                endsAt,
                title,
                location,
                onlineMeetingUrl,
                stakeholderIds,
                attendeeIds,
                planId,
                policyAreas,
                stored.getSummary(),
                stored.getOutcome(),
                stored.getDecisions(),
                stored.getClassification(),
                briefingPackReady,
                followUps);
    }

    private static OffsetDateTime london(Instant instant) {
        return instant == null ? null : instant.atZone(AppClock.LONDON).toOffsetDateTime();
    }
}
