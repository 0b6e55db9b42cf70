package io.liaison.post.rest;

import io.liaison.common.persistence.RecordStatus;
import io.liaison.stakeholder.PostCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of a post: a POST or PUT sends them all; a PATCH merges into them. */
@Schema(name = "PostWrite")
public record PostRequest(
        @NotNull @Schema(description = "Fixed for reference posts")
        UUID organisationId,

        @NotBlank
        @Size(max = 200)
        @Schema(example = "Cabinet Member for Housing", description = "Fixed for reference posts")
        String title,

        @NotNull @Schema(description = "Fixed for reference posts")
        PostCategory category,

        @Size(max = 200) String constituency,
        @Size(max = 200) String ward,

        @Size(max = 200) @Schema(example = "Housing and regeneration")
        String portfolio,

        @Size(max = 40) @Schema(description = "Authorities covered beyond the post's own organisation")
        List<@NotNull UUID> coveredAuthorityIds,

        @Schema(description = "ACTIVE when omitted") RecordStatus status) {}
