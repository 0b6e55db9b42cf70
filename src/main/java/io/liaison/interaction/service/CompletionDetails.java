package io.liaison.interaction.service;

import java.time.OffsetDateTime;

/** What happened, recorded as an interaction is completed; what is left out stays as it is. */
public record CompletionDetails(String outcome, String decisions, String summary, OffsetDateTime endsAt) {}
