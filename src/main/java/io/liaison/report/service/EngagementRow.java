package io.liaison.report.service;

import io.liaison.interaction.InteractionType;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One group of the engagement report. How each figure is counted is in README, "Reporting from a script". */
@Schema(name = "EngagementReportRow")
public record EngagementRow(
        @Schema(
                nullable = true,
                description = "The group: an organisation or team member id, a category, unit or role name, a"
                        + " party, a policy area code or a month (2026-05); null for the \"none\" group")
        String key,

        @Schema(description = "The group's name") String label,

        @Schema(description = "COMPLETED interactions in the period counted in this group")
        long interactions,

        @Schema(description = "The same, by type (every type present)")
        Map<InteractionType, Long> interactionsByType,

        @Schema(description = "COMPLETED interactions of type BRIEFING in the period")
        long briefingsDelivered,

        @Schema(description = "Distinct stakeholders of the group engaged by those interactions")
        long stakeholdersEngaged,

        @Schema(
                description = "ACTIVE stakeholders among the group's members: for organisation and category, those"
                        + " who held a post there on some day of the period; otherwise those in the group now")
        long activeStakeholders,

        @Schema(description = "ACTIVE stakeholders in the group engaged in the period")
        long activeStakeholdersEngaged,

        @Schema(
                nullable = true,
                description = "activeStakeholdersEngaged ÷ activeStakeholders, 0 to 1 (4 decimals); null when the"
                        + " group has no active stakeholders")
        BigDecimal coverage,

        @Schema(description = "Alerts OVERDUE today (not acknowledged or snoozed) counted in this group")
        long overdueAlerts) {}
