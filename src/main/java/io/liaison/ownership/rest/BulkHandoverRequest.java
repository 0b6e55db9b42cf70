package io.liaison.ownership.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "BulkHandover",
        description = "Move all of a leaving team member's relationships, to one successor"
                + " (successorId) or by stakeholder (mapping), all or nothing")
public record BulkHandoverRequest(
        @Schema(description = "Takes every relationship not named in mapping")
        UUID successorId,

        @Size(max = 5000) List<@Valid @NotNull Move> mapping,
        @Schema(description = "Today when omitted") LocalDate date,
        @NotBlank @Size(max = 2000) String handoverNote,

        @Schema(
                description = "Also move the leaver's ACTIVE and DRAFT plans to each stakeholder's new owner",
                defaultValue = "false")
        Boolean movePlans,

        @Schema(
                description = "Also move the leaver's OPEN follow-ups, each to the new owner of its interaction's"
                        + " stakeholder (or to successorId)",
                defaultValue = "false")
        Boolean moveFollowUps) {

    @Schema(name = "BulkHandoverMove")
    public record Move(@NotNull UUID stakeholderId, @NotNull UUID toTeamMemberId) {}
}
