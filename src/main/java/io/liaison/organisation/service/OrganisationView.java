package io.liaison.organisation.service;

import io.liaison.common.persistence.RecordStatus;
import io.liaison.organisation.GovernanceModel;
import io.liaison.organisation.Organisation;
import io.liaison.organisation.OrganisationKind;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organisation")
public record OrganisationView(
        UUID id,

        @Schema(description = "Stable short code", example = "hackney")
        String code,

        @Schema(example = "Hackney") String name,
        OrganisationKind kind,

        @Schema(nullable = true, description = "ONS GSS code for the 33 London authorities", example = "E09000012")
        String gssCode,

        @Schema(nullable = true) GovernanceModel governanceModel,

        @Schema(description = "True for the boroughs with a directly elected (executive) mayor")
        boolean directlyElectedMayor,

        @Schema(nullable = true, example = "Labour") String politicalControl,
        @Schema(nullable = true) String website,

        @Schema(description = "Shipped as reference data: name and GSS code are fixed")
        boolean reference,

        RecordStatus status,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static OrganisationView from(Organisation o) {
        return new OrganisationView(
                o.getId(),
                o.getCode(),
                o.getName(),
                o.getKind(),
                o.getGssCode(),
                o.getGovernanceModel(),
                o.hasDirectlyElectedMayor(),
                o.getPoliticalControl(),
                o.getWebsite(),
                o.isReference(),
                o.getStatus(),
                o.getVersion(),
                o.getCreatedAt(),
                o.getUpdatedAt());
    }
}
