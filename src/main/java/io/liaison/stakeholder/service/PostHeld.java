package io.liaison.stakeholder.service;

import io.liaison.organisation.service.OrganisationRef;
import io.liaison.stakeholder.PostCategory;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A post a stakeholder holds or held, through one tenure. */
@Schema(name = "PostHeld")
public record PostHeld(
        UUID tenureId,
        UUID postId,
        @Schema(example = "Leader of Barnet Council") String title,
        PostCategory category,
        OrganisationRef organisation,
        LocalDate startDate,

        @Schema(nullable = true, description = "Exclusive; null while the tenure runs on")
        LocalDate endDate) {}
