package io.liaison.interaction.service;

import io.liaison.interaction.FollowUp;
import io.liaison.interaction.FollowUpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FollowUp")
public record FollowUpView(
        UUID id,
        UUID interactionId,
        String description,
        UUID assigneeId,
        LocalDate dueDate,
        FollowUpStatus status,
        @Schema(nullable = true) Instant doneAt,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static FollowUpView from(FollowUp f) {
        return new FollowUpView(
                f.getId(),
                f.getInteraction().getId(),
                f.getDescription(),
                f.getAssigneeId(),
                f.getDueDate(),
                f.getStatus(),
                f.getDoneAt(),
                f.getVersion(),
                f.getCreatedAt(),
                f.getUpdatedAt());
    }
}
