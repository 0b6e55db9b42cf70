package io.liaison.me.service;

import io.liaison.team.service.TeamMemberView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "Who the caller is to this API and what they may do")
public record MeView(
        @Schema(description = "How the caller appears in the audit log", example = "jwt:alex@example.org")
        String caller,

        @Schema(
                description = "The caller's security role (ADMIN, EDITOR, APPOINTEE or REPORTER)",
                example = "APPOINTEE")
        String role,

        @Schema(
                nullable = true,
                description = "The caller's team member record, linked by email; null for a script's API token or a"
                        + " login with no team member")
        TeamMemberView teamMember,

        @Schema(description = "What the role allows") List<Permission> permissions) {}
