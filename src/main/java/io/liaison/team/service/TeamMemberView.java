package io.liaison.team.service;

import io.liaison.team.OfficeUnit;
import io.liaison.team.TeamMember;
import io.liaison.team.TeamRole;
import java.time.Instant;
import java.util.List;
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

        @Schema(
                nullable = true,
                description = "Only in the answer to a PUT or PATCH that leaves the member inactive: what they still"
                        + " own, attend or must do, left dangling (empty when nothing); null elsewhere")
        List<LeftBehind> leftBehind,

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
                null,
                m.getVersion(),
                m.getCreatedAt(),
                m.getUpdatedAt());
    }

    /** The same view, with what the now inactive member left behind. */
    public TeamMemberView withLeftBehind(List<LeftBehind> left) {
        return new TeamMemberView(
                id, fullName, email, jobTitle, role, unit, active, List.copyOf(left), version, createdAt, updatedAt);
    }
}
