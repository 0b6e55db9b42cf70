package io.liaison.post.service;

import io.liaison.common.persistence.RecordStatus;
import io.liaison.organisation.Organisation;
import io.liaison.post.Post;
import io.liaison.stakeholder.PostCategory;
import java.util.List;
import java.util.UUID;

/** A post's writable fields: all of them for a create or a replace; a patch is merged into them first. */
public record PostDetails(
        UUID organisationId,
        String title,
        PostCategory category,
        String constituency,
        String ward,
        String portfolio,
        List<UUID> coveredAuthorityIds,
        RecordStatus status) {

    public static PostDetails of(Post p) {
        return new PostDetails(
                p.getOrganisation().getId(),
                p.getTitle(),
                p.getCategory(),
                p.getConstituency(),
                p.getWard(),
                p.getPortfolio(),
                p.getCoveredAuthorities().stream().map(Organisation::getId).toList(),
                p.getStatus());
    }
}
