package io.liaison.briefingpack.service;

import io.liaison.coverage.service.CoverageCell;
import io.liaison.interaction.service.FollowUpView;
import io.liaison.interaction.service.InteractionView;
import io.liaison.organisation.service.OrganisationView;
import io.liaison.ownership.service.OwnershipView;
import io.liaison.plan.service.PlanView;
import io.liaison.stakeholder.service.StakeholderView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an attendee must know before a scheduled meeting, for each stakeholder in it")
public record BriefingPack(
        @Schema(description = "The scheduled interaction the pack is for")
        InteractionView meeting,

        @Schema(description = "The meeting's day in Europe/London")
        LocalDate meetingDay,

        Instant generatedAt,
        List<StakeholderBrief> stakeholders) {

    @Schema(name = "BriefingPackStakeholder")
    public record StakeholderBrief(
            @Schema(
                    description =
                            "With current posts and party, and the days of the last contact, meeting and briefing")
            StakeholderView stakeholder,

            @Schema(description = "Who in the office owns the relationship (LEAD first), by name")
            List<OwnershipView> owners,

            @Schema(description = "The organisations of their current posts, with political control")
            List<OrganisationView> organisations,

            @Schema(
                    nullable = true,
                    description = "\"No history with this person yet\" when no interaction with them is completed;"
                            + " null otherwise")
            String historyNote,

            @Schema(
                    description = "The last five COMPLETED interactions, newest first; sensitive fields redacted"
                            + " unless the caller may read them")
            List<InteractionView> recentInteractions,

            @Schema(nullable = true, description = "Their next SCHEDULED interaction after this meeting, if any")
            InteractionView nextInteraction,

            @Schema(description = "OPEN follow-ups from interactions with them, soonest due first")
            List<FollowUpView> openFollowUps,

            @Schema(description = "Planned policy areas overdue, or due on or before the meeting's day")
            List<CoverageCell> policyAreasDue,

            @Schema(
                    nullable = true,
                    description = "Their ACTIVE plan (or the plan the meeting is for), with objectives and"
                            + " milestones; null if none")
            PlanView plan) {}
}
