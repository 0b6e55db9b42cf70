package io.liaison.plan.rest;

import io.liaison.plan.EngagementPlan;
import io.liaison.plan.PlanStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Plan")
public record PlanResponse(
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
        List<PlanRequest.MilestoneBody> milestones,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static PlanResponse from(EngagementPlan p) {
        return new PlanResponse(
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
                        .map(m -> new PlanRequest.MilestoneBody(m.getTitle(), m.getDueDate(), m.isDone()))
                        .toList(),
                p.getVersion(),
                p.getCreatedAt(),
                p.getUpdatedAt());
    }
}
