package io.liaison.plan.service;

import io.liaison.plan.EngagementPlan;
import io.liaison.plan.PlanStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Plan")
public record PlanView(
        UUID id,
        UUID stakeholderId,
        String stakeholderName,
        UUID ownerId,
        String ownerName,
        String title,
        @Schema(nullable = true) String objectives,
        List<String> policyAreas,
        int contactCadenceDays,
        int briefingCadenceDays,
        LocalDate startDate,
        @Schema(nullable = true) LocalDate endDate,
        PlanStatus status,
        List<PlanMilestone> milestones,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static PlanView from(EngagementPlan p) {
        return new PlanView(
                p.getId(),
                p.getStakeholder().getId(),
                p.getStakeholder().getDisplayName(),
                p.getOwner().getId(),
                p.getOwner().getFullName(),
                p.getTitle(),
                p.getObjectives(),
                p.getPolicyAreas().stream().sorted().toList(),
                p.getContactCadenceDays(),
                p.getBriefingCadenceDays(),
                p.getStartDate(),
                p.getEndDate(),
                p.getStatus(),
                p.getMilestones().stream()
                        .map(m -> new PlanMilestone(m.getTitle(), m.getDueDate(), m.isDone()))
                        .toList(),
                p.getVersion(),
                p.getCreatedAt(),
                p.getUpdatedAt());
    }
}
