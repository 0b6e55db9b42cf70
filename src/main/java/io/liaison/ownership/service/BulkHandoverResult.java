package io.liaison.ownership.service;

import io.liaison.stakeholder.OwnershipRole;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkHandoverResult", description = "What moved")
public record BulkHandoverResult(
        UUID fromTeamMemberId,
        List<MovedAssignment> assignments,
        List<MovedPlan> plans,
        List<MovedFollowUp> followUps) {

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
