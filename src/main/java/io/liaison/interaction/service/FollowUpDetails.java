package io.liaison.interaction.service;

import io.liaison.interaction.FollowUp;
import io.liaison.interaction.FollowUpStatus;
import java.time.LocalDate;
import java.util.UUID;

/** A follow-up's writable fields; a patch is merged into them first. */
public record FollowUpDetails(String description, UUID assigneeId, LocalDate dueDate, FollowUpStatus status) {

    public static FollowUpDetails of(FollowUp f) {
        return new FollowUpDetails(f.getDescription(), f.getAssigneeId(), f.getDueDate(), f.getStatus());
    }
}
