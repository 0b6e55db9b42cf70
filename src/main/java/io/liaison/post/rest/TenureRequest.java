package io.liaison.post.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TenureCreate", description = "Appoint a holder to a post")
public record TenureRequest(
        @NotNull UUID stakeholderId,
        @NotNull @Schema(example = "2026-05-11") LocalDate startDate,

        @Schema(description = "Exclusive end date; omit while the tenure runs on")
        LocalDate endDate) {}
