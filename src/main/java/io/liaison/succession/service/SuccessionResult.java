package io.liaison.succession.service;

import io.liaison.post.service.TenureView;
import io.liaison.stakeholder.OwnershipRole;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SuccessionResult",
        description = "What a succession did and what it left open. In a dry run nothing was written: the ids of"
                + " records it would create are shown but not kept.")
public record SuccessionResult(
        @Schema(description = "true: nothing was written") boolean dryRun,
        UUID postId,

        @Schema(description = "The changeover day: the first day the successor holds the post")
        LocalDate date,

        @Schema(nullable = true, description = "The outgoing holder's tenure, ended on the date; null if vacant")
        TenureView endedTenure,

        TenureView newTenure,
        Successor successor,

        @Schema(description = "Relationship owners moved to the successor")
        List<MovedOwner> ownersMoved,

        @Schema(nullable = true, description = "The outgoing holder's plan, completed and carried over")
        MovedPlan planMoved,

        @Schema(description = "The outgoing holder's meetings after the changeover day that were changed")
        List<ChangedMeeting> meetingsChanged,

        @Schema(description = "What still ties the outgoing holder to the office, and why it was not moved")
        List<LeftOpen> leftOpen) {

    @Schema(name = "SuccessionSuccessor")
    public record Successor(
            UUID id,
            String name,
            @Schema(description = "Created by this request") boolean created) {}

    @Schema(name = "SuccessionMovedOwner")
    public record MovedOwner(UUID teamMemberId, OwnershipRole role, UUID endedAssignmentId, UUID newAssignmentId) {}

    @Schema(name = "SuccessionMovedPlan")
    public record MovedPlan(
            @Schema(description = "Completed on the changeover day")
            UUID completedPlanId,

            @Schema(description = "The successor's plan, active from the changeover day")
            UUID newPlanId) {}

    @Schema(name = "SuccessionChangedMeeting")
    public record ChangedMeeting(
            UUID interactionId, @Schema(nullable = true) String title, OffsetDateTime startsAt, MeetingChange change) {}

    @Schema(name = "SuccessionMeetingChange")
    public enum MeetingChange {
        /** The outgoing holder was taken off; the meeting goes on with its other stakeholders. */
        WITHDRAWN,
        /** The outgoing holder was its only stakeholder: cancelled. */
        CANCELLED
    }

    @Schema(name = "SuccessionLeftOpen")
    public record LeftOpen(
            LeftOpenKind kind,

            @Schema(description = "The record concerned: a post, an assignment, a plan or an interaction")
            UUID id,

            String description) {}

    @Schema(name = "SuccessionLeftOpenKind")
    public enum LeftOpenKind {
        /** The outgoing holder still holds another post, so nothing of theirs was moved. */
        OTHER_POST,
        /** A relationship owner who stays with the outgoing holder. */
        OWNER,
        /** An active plan that stays with the outgoing holder. */
        PLAN,
        /** A scheduled meeting with the outgoing holder after the changeover day, kept. */
        MEETING
    }
}
