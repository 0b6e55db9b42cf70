package io.liaison.team.service;

import io.liaison.team.OfficeUnit;
import io.liaison.team.TeamMember;
import io.liaison.team.TeamRole;

/** A team member's writable fields: all of them for a create or a replace; a patch is merged into them first. */
public record TeamMemberDetails(
        String fullName, String email, String jobTitle, TeamRole role, OfficeUnit unit, Boolean active) {

    public static TeamMemberDetails of(TeamMember m) {
        return new TeamMemberDetails(
                m.getFullName(), m.getEmail(), m.getJobTitle(), m.getRole(), m.getUnit(), m.isActive());
    }
}
