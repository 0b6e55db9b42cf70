package io.liaison.briefingpack.rest;

import io.liaison.coverage.service.CoverageCell;
import io.liaison.interaction.rest.FollowUpResponse;
import io.liaison.interaction.rest.InteractionResponse;
import io.liaison.plan.rest.PlanResponse;
import io.liaison.stakeholder.rest.StakeholderResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an attendee must know before a scheduled meeting, for each stakeholder in it")
public record BriefingPack(
        @Schema(description = "The scheduled interaction the pack is for")
        InteractionResponse meeting,

        @Schema(description = "The meeting's day in Europe/London")
        LocalDate meetingDay,

        Instant generatedAt,
        List<StakeholderBrief> stakeholders) {

    @Schema(name = "BriefingPackStakeholder")
    public record StakeholderBrief(
            @Schema(description = "With current posts and party")
            StakeholderResponse stakeholder,

            @Schema(
                    description = "The last five COMPLETED interactions, newest first; sensitive fields redacted"
                            + " unless the caller may read them")
            List<InteractionResponse> recentInteractions,

            @Schema(description = "OPEN follow-ups from interactions with them, soonest due first")
            List<FollowUpResponse> openFollowUps,

            @Schema(description = "Planned policy areas overdue, or due on or before the meeting's day")
            List<CoverageCell> policyAreasDue,

            @Schema(
                    nullable = true,
                    description = "Their ACTIVE plan (or the plan the meeting is for), with objectives and"
                            + " milestones; null if none")
            PlanResponse plan) {}
}
