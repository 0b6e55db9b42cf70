package io.liaison.interaction.rest;

import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InteractionCompletion", description = "What happened, recorded as the interaction is completed")
public record Completion(
        @Size(max = 20_000) String outcome,
        @Size(max = 20_000) String decisions,
        @Size(max = 20_000) String summary,
        @Schema(description = "When it ended; optional") OffsetDateTime endsAt) {}
