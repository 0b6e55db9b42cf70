package io.liaison.post.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenure's writable dates; PATCH {"endDate": "…"} ends a tenure. */
@Schema(name = "TenureDates")
public record TenureDates(
        @NotNull LocalDate startDate,

        @Schema(description = "Exclusive end date (the first day the holder no longer holds the post)")
        LocalDate endDate) {}
