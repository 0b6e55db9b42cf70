package io.liaison.interaction.rest;

import io.liaison.interaction.FollowUpStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A follow-up's writable fields; PATCH {"status": "DONE"} marks it done. */
@Schema(name = "FollowUpUpdate")
public record FollowUpUpdate(
        @NotBlank @Size(max = 2000) String description,
        @NotNull UUID assigneeId,
        @NotNull LocalDate dueDate,
        @NotNull FollowUpStatus status) {}
