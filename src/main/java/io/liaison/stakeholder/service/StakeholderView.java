package io.liaison.stakeholder.service;

import io.liaison.common.persistence.RecordStatus;
import io.liaison.stakeholder.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Stakeholder")
public record StakeholderView(
        UUID id,
        @Schema(nullable = true) String honorific,
        String firstName,
        String lastName,
        @Schema(example = "Cllr Sam Example") String displayName,
        @Schema(nullable = true) String party,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) String phone,
        @Schema(nullable = true) String privateOfficeContact,
        List<String> policyInterests,
        Priority priority,
        @Schema(nullable = true) Integer influence,
        @Schema(nullable = true) Integer interest,
        @Schema(nullable = true) LocalDate termEndDate,
        @Schema(nullable = true) String notes,
        RecordStatus status,
        @Schema(description = "Posts held today") List<PostHeld> currentPosts,

        @Schema(
                nullable = true,
                description =
                        "Posts held before (and appointments not yet started); on single-record responses only, null in"
                                + " lists")
        List<PostHeld> pastPosts,

        @Schema(nullable = true, description = "The London day of the last COMPLETED interaction of any type")
        LocalDate lastContactOn,

        @Schema(nullable = true, description = "The London day of the last COMPLETED meeting or visit")
        LocalDate lastMeetingOn,

        @Schema(nullable = true, description = "The London day of the last COMPLETED briefing, on any policy area")
        LocalDate lastBriefingOn,

        long version,
        Instant createdAt,

        @Schema(description = "Also moves, without the version, when a logged interaction moves one of the last days")
        Instant updatedAt) {}
