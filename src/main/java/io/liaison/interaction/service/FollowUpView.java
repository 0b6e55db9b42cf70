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
        @Schema(example = "Priya Fictional") String assigneeName,
        LocalDate dueDate,
        FollowUpStatus status,
        @Schema(nullable = true) Instant doneAt,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static FollowUpView from(FollowUp f, String assigneeName) {
        return new FollowUpView(
                f.getId(),
                f.getInteraction().getId(),
                f.getDescription(),
                f.getAssigneeId(),
                assigneeName,
                f.getDueDate(),
                f.getStatus(),
                f.getDoneAt(),
                f.getVersion(),
                f.getCreatedAt(),
                f.getUpdatedAt());
    }
}
