package io.liaison.organisation.service;

import io.liaison.organisation.Organisation;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as other records show it. */
@Schema(name = "OrganisationRef")
public record OrganisationRef(
        UUID id,
        @Schema(example = "barnet") String code,
        @Schema(example = "Barnet") String name) {

    public static OrganisationRef from(Organisation o) {
        return new OrganisationRef(o.getId(), o.getCode(), o.getName());
    }
}
