package io.liaison.post.service;

import io.liaison.common.persistence.RecordStatus;
import io.liaison.organisation.service.OrganisationRef;
import io.liaison.post.Post;
import io.liaison.post.Tenure;
import io.liaison.stakeholder.PostCategory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Post")
public record PostView(
        UUID id,
        OrganisationRef organisation,
        @Schema(example = "Leader of Barnet Council") String title,
        PostCategory category,
        @Schema(nullable = true) String constituency,
        @Schema(nullable = true) String ward,
        @Schema(nullable = true) String portfolio,
        List<OrganisationRef> coveredAuthorities,

        @Schema(description = "Shipped as reference data: organisation, title and category are fixed")
        boolean reference,

        RecordStatus status,

        @Schema(nullable = true, description = "The holder today, or null when the post is vacant")
        HolderRef currentHolder,

        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static PostView from(Post p, Tenure current) {
        return new PostView(
                p.getId(),
                OrganisationRef.from(p.getOrganisation()),
                p.getTitle(),
                p.getCategory(),
                p.getConstituency(),
                p.getWard(),
                p.getPortfolio(),
                p.getCoveredAuthorities().stream().map(OrganisationRef::from).toList(),
                p.isReference(),
                p.getStatus(),
                current == null ? null : HolderRef.from(current),
                p.getVersion(),
                p.getCreatedAt(),
                p.getUpdatedAt());
    }
}
