package io.liaison.ownership.rest;

import io.liaison.stakeholder.OwnershipRole;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignmentCreate")
public record AssignmentRequest(
        @NotNull UUID teamMemberId,
        @NotNull OwnershipRole role,
        @Schema(description = "Today when omitted") LocalDate startDate,
        @Size(max = 2000) String note) {}
