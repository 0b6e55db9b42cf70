package io.liaison.team.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something a member still has that a deactivation leaves without anyone: its kind and what it is. */
@Schema(name = "TeamMemberLeftBehind")
public record LeftBehind(
        @Schema(description = "relationship, meeting or follow-up", example = "meeting")
        String kind,

        @Schema(example = "Housing roundtable on 2026-12-09 10:00")
        String what) {}
