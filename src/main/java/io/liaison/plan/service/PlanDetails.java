package io.liaison.plan.service;

import io.liaison.plan.EngagementPlan;
import io.liaison.plan.Milestone;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A plan's writable fields: all of them for a create or a replace; a patch is merged into them first. */
public record PlanDetails(
        UUID stakeholderId,
        UUID ownerId,
        String title,
        String objectives,
        List<String> policyAreas,
        Integer contactCadenceDays,
        Integer briefingCadenceDays,
        LocalDate startDate,
        LocalDate endDate,
        List<MilestoneDetails> milestones) {

    public record MilestoneDetails(String title, LocalDate dueDate, Boolean done) {}

    public static PlanDetails of(EngagementPlan p) {
        return new PlanDetails(
                p.getStakeholder().getId(),
                p.getOwner().getId(),
                p.getTitle(),
                p.getObjectives(),
                p.getPolicyAreas().stream().sorted().toList(),
                p.getContactCadenceDays(),
                p.getBriefingCadenceDays(),
                p.getStartDate(),
                p.getEndDate(),
                p.getMilestones().stream()
                        .map(m -> new MilestoneDetails(m.getTitle(), m.getDueDate(), m.isDone()))
                        .toList());
    }

    List<Milestone> milestoneEntities() {
        return milestones == null
                ? List.of()
                : milestones.stream()
                        .map(m -> new Milestone(m.title().trim(), m.dueDate(), Boolean.TRUE.equals(m.done())))
                        .toList();
    }
}
