package io.liaison.policyarea.service;

import io.liaison.common.persistence.RecordStatus;
import io.liaison.policyarea.PolicyArea;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PolicyArea")
public record PolicyAreaView(
        @Schema(example = "housing") String code,
        @Schema(example = "Housing") String name,
        @Schema(nullable = true) String description,
        RecordStatus status,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static PolicyAreaView from(PolicyArea p) {
        return new PolicyAreaView(
                p.getCode(),
                p.getName(),
                p.getDescription(),
                p.getStatus(),
                p.getVersion(),
                p.getCreatedAt(),
                p.getUpdatedAt());
    }
}
