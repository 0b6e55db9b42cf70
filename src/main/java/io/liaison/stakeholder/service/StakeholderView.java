package io.liaison.stakeholder.service;

import io.liaison.common.persistence.RecordStatus;
import io.liaison.stakeholder.Priority;
import io.liaison.stakeholder.Stakeholder;
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

        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static StakeholderView from(Stakeholder s, List<PostHeld> currentPosts, List<PostHeld> pastPosts) {
        return new StakeholderView(
                s.getId(),
                s.getHonorific(),
                s.getFirstName(),
                s.getLastName(),
                s.getDisplayName(),
                s.getParty(),
                s.getEmail(),
                s.getPhone(),
                s.getPrivateOfficeContact(),
                s.getPolicyInterests().stream().sorted().toList(),
                s.getPriority(),
                s.getInfluence(),
                s.getInterest(),
                s.getTermEndDate(),
                s.getNotes(),
                s.getStatus(),
                currentPosts,
                pastPosts,
                s.getVersion(),
                s.getCreatedAt(),
                s.getUpdatedAt());
    }
}
