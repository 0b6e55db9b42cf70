package io.liaison.interaction.service;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up action to add to an interaction. */
public record NewFollowUp(String description, UUID assigneeId, LocalDate dueDate) {}
