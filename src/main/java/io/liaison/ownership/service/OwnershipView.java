package io.liaison.ownership.service;

import io.liaison.ownership.Ownership;
import io.liaison.stakeholder.OwnershipRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Ownership", description = "A team member's assignment to a stakeholder relationship")
public record OwnershipView(
        UUID id,
        UUID stakeholderId,
        UUID teamMemberId,
        String teamMemberName,
        OwnershipRole role,
        LocalDate startDate,

        @Schema(nullable = true, description = "Null while the assignment is active")
        LocalDate endDate,

        boolean active,
        @Schema(nullable = true) String note,

        @Schema(nullable = true, description = "Written by the handover that ended it")
        String handoverNote,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static OwnershipView from(Ownership o) {
        return new OwnershipView(
                o.getId(),
                o.getStakeholder().getId(),
                o.getTeamMember().getId(),
                o.getTeamMember().getFullName(),
                o.getRole(),
                o.getStartDate(),
                o.getEndDate(),
                o.isActive(),
                o.getNote(),
                o.getHandoverNote(),
                o.getVersion(),
                o.getCreatedAt(),
                o.getUpdatedAt());
    }
}
