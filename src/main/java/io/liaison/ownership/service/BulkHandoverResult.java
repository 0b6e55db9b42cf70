package io.liaison.ownership.service;

import io.liaison.stakeholder.OwnershipRole;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkHandoverResult", description = "What moved, and what the leaver still has")
public record BulkHandoverResult(
        UUID fromTeamMemberId,
        List<MovedAssignment> assignments,
        List<MovedPlan> plans,
        List<MovedFollowUp> followUps,

        @Schema(
                description = "The leaver's scheduled meetings ahead, each now attended by the colleague who took the"
                        + " relationship with one of its stakeholders")
        List<ReseatedMeeting> meetings,

        @Schema(
                description = "What the leaver still has after the handover: meetings no colleague could take (none"
                        + " of their stakeholders was in the leaver's portfolio), and the plans and follow-ups not asked to"
                        + " move")
        List<LeftBehind> leftBehind) {

    @Schema(name = "ReseatedMeeting")
    public record ReseatedMeeting(
            UUID interactionId, @Schema(nullable = true) String title, OffsetDateTime startsAt, UUID toTeamMemberId) {}

    @Schema(name = "HandoverLeftBehind")
    public record LeftBehind(LeftBehindKind kind, UUID id, String description) {}

    @Schema(name = "HandoverLeftBehindKind")
    public enum LeftBehindKind {
        MEETING,
        PLAN,
        FOLLOW_UP
    }

    @Schema(name = "MovedFollowUp")
    public record MovedFollowUp(UUID followUpId, UUID interactionId, UUID toTeamMemberId) {}

    @Schema(name = "MovedAssignment")
    public record MovedAssignment(
            UUID stakeholderId,
            OwnershipRole role,
            UUID endedAssignmentId,

            @Schema(
                    nullable = true,
                    description = "Null when the successor already held an equal or stronger assignment")
            UUID newAssignmentId,

            UUID toTeamMemberId) {}

    @Schema(name = "MovedPlan")
    public record MovedPlan(UUID planId, UUID stakeholderId, UUID toTeamMemberId) {}
}
