package io.liaison.diary.service;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether a team member's diary feed is on; the URL itself is shown only when rotated")
public record DiaryFeedStatus(
        boolean enabled,

        @Schema(nullable = true, description = "When the current secret was made")
        Instant rotatedAt,

        @Schema(nullable = true, description = "Who made it")
        String rotatedBy,

        @Schema(
                nullable = true,
                description = "The feed's URL, with its secret: returned only by the rotation that made it."
                        + " Subscribe to it in a calendar app; anyone holding it can read the feed, so"
                        + " rotate it if it leaks.",
                example = "https://liaison.example/api/v1/diary-feeds/cal_Vb3…")
        String url) {}
