package io.liaison.ownership.rest;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignmentEnd")
public record EndAssignmentRequest(
        @Schema(description = "Today when omitted") LocalDate endDate,
        @Size(max = 2000) String note) {}
