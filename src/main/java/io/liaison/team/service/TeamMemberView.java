package io.liaison.team.service;

import io.liaison.team.OfficeUnit;
import io.liaison.team.TeamMember;
import io.liaison.team.TeamRole;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeamMember")
public record TeamMemberView(
        UUID id,
        String fullName,
        String email,
        @Schema(nullable = true) String jobTitle,
        TeamRole role,
        @Schema(nullable = true) OfficeUnit unit,
        boolean active,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static TeamMemberView from(TeamMember m) {
        return new TeamMemberView(
                m.getId(),
                m.getFullName(),
                m.getEmail(),
                m.getJobTitle(),
                m.getRole(),
                m.getUnit(),
                m.isActive(),
                m.getVersion(),
                m.getCreatedAt(),
                m.getUpdatedAt());
    }
}
