package io.liaison.ownership.service;

import io.liaison.stakeholder.OwnershipRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the ownership service is asked to do; dates left out mean today. */
public final class OwnershipCommands {

    private OwnershipCommands() {}

    /** A team member starts owning a stakeholder relationship. */
    public record NewAssignment(UUID teamMemberId, OwnershipRole role, LocalDate startDate, String note) {}

    /** An assignment ends, with a note kept on it. */
    public record AssignmentEnd(LocalDate endDate, String note) {}

    /** A stakeholder's LEAD moves to another team member. */
    public record Handover(UUID toTeamMemberId, LocalDate date, String handoverNote, Boolean keepPreviousAsSupport) {}

    /** Every relationship of a leaving member moves, to one successor or by stakeholder. */
    public record BulkHandover(
            UUID successorId,
            List<Move> mapping,
            LocalDate date,
            String handoverNote,
            Boolean movePlans,
            Boolean moveFollowUps) {}

    /** One stakeholder's relationship, to one team member. */
    public record Move(UUID stakeholderId, UUID toTeamMemberId) {}
}
