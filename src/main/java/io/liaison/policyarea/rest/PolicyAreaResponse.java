package io.liaison.policyarea.rest;

import io.liaison.common.persistence.RecordStatus;
import io.liaison.policyarea.PolicyArea;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PolicyArea")
public record PolicyAreaResponse(
        @Schema(example = "housing") String code,
        @Schema(example = "Housing") String name,
        @Schema(nullable = true) String description,
        RecordStatus status,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static PolicyAreaResponse from(PolicyArea p) {
        return new PolicyAreaResponse(
                p.getCode(),
                p.getName(),
                p.getDescription(),
                p.getStatus(),
                p.getVersion(),
                p.getCreatedAt(),
                p.getUpdatedAt());
    }
}
