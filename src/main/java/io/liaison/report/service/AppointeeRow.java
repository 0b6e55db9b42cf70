package io.liaison.report.service;

import io.liaison.team.OfficeUnit;
import io.liaison.team.TeamRole;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One team member's engagement: what they own, what they did in the period, what is late now. */
@Schema(name = "AppointeeReportRow")
public record AppointeeRow(
        UUID teamMemberId,
        String fullName,
        TeamRole role,
        @Schema(nullable = true) OfficeUnit unit,
        boolean active,

        @Schema(description = "ACTIVE stakeholders they own as LEAD now")
        long leadRelationships,

        @Schema(description = "ACTIVE stakeholders they own as SUPPORT now")
        long supportRelationships,

        @Schema(description = "COMPLETED interactions in the period they attended")
        long interactionsAttended,

        @Schema(description = "Of those, the BRIEFINGs") long briefingsDelivered,

        @Schema(description = "OPEN follow-ups assigned to them")
        long followUpsOpen,

        @Schema(description = "OPEN follow-ups assigned to them whose due date has passed")
        long followUpsOverdue,

        @Schema(description = "Alerts OVERDUE today that they own (not acknowledged or snoozed)")
        long alertsOverdue,

        @Schema(
                nullable = true,
                description = "Day (Europe/London) of the last COMPLETED interaction they attended, ever")
        LocalDate lastEngagement,

        @Schema(
                description = "Stakeholders they own (LEAD or SUPPORT) whose ACTIVE plan's contact cadence has"
                        + " passed: an OVERDUE CONTACT_DUE, acknowledged or not")
        long stakeholdersPastContactCadence) {}
