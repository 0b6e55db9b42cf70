package io.liaison.ownership.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Handover", description = "Move a stakeholder's LEAD to another team member")
public record HandoverRequest(
        @NotNull UUID toTeamMemberId,
        @Schema(description = "Today when omitted") LocalDate date,

        @NotBlank @Size(max = 2000) @Schema(description = "Kept on the ended assignment")
        String handoverNote,

        @Schema(description = "Keep the previous lead as a SUPPORT owner", defaultValue = "false")
        Boolean keepPreviousAsSupport) {}
