package io.liaison.alert.service;

import io.liaison.alert.AlertKind;
import io.liaison.alert.AlertSeverity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An alert as the service computes it for today; the API answers with it as it is (schema "Alert"). */
@Schema(name = "Alert", description = "Something due, derived from the data for today in Europe/London")
public record AlertView(
        @Schema(description = "Name-based (v5) from kind, subject ids and due date: stable across recomputation")
        UUID id,

        AlertKind kind,
        AlertSeverity severity,
        LocalDate dueDate,

        @Schema(description = "What it is about, for people", example = "Brief Cllr Sam Example on housing")
        String title,

        List<UUID> stakeholderIds,
        @Schema(nullable = true) String policyArea,
        @Schema(nullable = true) UUID planId,
        @Schema(nullable = true) UUID interactionId,
        @Schema(nullable = true) UUID followUpId,
        @Schema(nullable = true) UUID postId,

        @Schema(
                description = "Who must act (none for an office-wide alert: POST_UNCOVERED of a post whose previous"
                        + " holder had no LEAD owner, FORMER_HOLDER of someone with no LEAD owner)")
        List<UUID> ownerIds,

        @Schema(nullable = true, description = "For BRIEFING_DUE and CONTACT_DUE: the last completed one, if any")
        LocalDate lastDone,

        @Schema(nullable = true) Acknowledgement acknowledged,
        @Schema(nullable = true) LocalDate snoozedUntil) {

    @Schema(name = "AlertAcknowledgement")
    public record Acknowledgement(
            Instant at, String by, @Schema(nullable = true) String note, AlertSeverity severity) {}
}
