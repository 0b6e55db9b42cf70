package io.liaison.me.service;

import io.liaison.alert.AlertKind;
import io.liaison.interaction.InteractionStatus;
import io.liaison.interaction.InteractionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgendaItem", description = "Something on the caller's agenda: an interaction, a follow-up or an alert")
public record AgendaItem(
        AgendaItemKind kind,

        @Schema(description = "The London day it is shown on: its own day, or today when it is overdue")
        LocalDate day,

        @Schema(nullable = true, description = "INTERACTION: when it starts")
        Instant startsAt,

        @Schema(nullable = true, description = "INTERACTION: when it ends, if known")
        Instant endsAt,

        @Schema(nullable = true, description = "INTERACTION: where it takes place")
        String location,

        @Schema(nullable = true, description = "INTERACTION: the link to join, for one held online")
        String onlineMeetingUrl,

        @Schema(nullable = true, description = "FOLLOW_UP and ALERT: the day it is due")
        LocalDate dueDate,

        @Schema(description = "Due before today and still open")
        boolean overdue,

        @Schema(
                description = "What to do or attend: the interaction's title (or its type and stakeholders), the"
                        + " follow-up's text, the alert's title",
                example = "Send the housing note")
        String title,

        @Schema(nullable = true) InteractionType interactionType,
        @Schema(nullable = true) InteractionStatus interactionStatus,

        @Schema(nullable = true, description = "The interaction, or the follow-up's or alert's interaction")
        UUID interactionId,

        @Schema(nullable = true) UUID followUpId,
        @Schema(nullable = true) UUID alertId,
        @Schema(nullable = true) AlertKind alertKind,
        List<AgendaStakeholder> stakeholders) {}
