package io.liaison.post.service;

import io.liaison.organisation.service.OrganisationRef;
import io.liaison.post.Tenure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Tenure")
public record TenureView(
        UUID id,
        UUID postId,
        String postTitle,
        OrganisationRef organisation,
        UUID stakeholderId,
        String stakeholderName,
        LocalDate startDate,

        @Schema(nullable = true, description = "Exclusive; null while the tenure runs on")
        LocalDate endDate,

        @Schema(description = "Held today") boolean current,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static TenureView from(Tenure t, LocalDate today) {
        return new TenureView(
                t.getId(),
                t.getPost().getId(),
                t.getPost().getTitle(),
                OrganisationRef.from(t.getPost().getOrganisation()),
                t.getStakeholder().getId(),
                t.getStakeholder().getDisplayName(),
                t.getStartDate(),
                t.getEndDate(),
                t.isCurrentOn(today),
                t.getVersion(),
                t.getCreatedAt(),
                t.getUpdatedAt());
    }
}
