package io.liaison.organisation;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organisation as a path or a filter names it: its id, its code ({@code lambeth}) or its GSS code
 * ({@code E09000022}), so that a person need not look up a uuid to ask about a borough. Resolved to the organisation's
 * id by {@link OrganisationRepository#idOf}.
 */
@Schema(
        type = SchemaType.STRING,
        description = "The organisation's id, code or GSS code",
        examples = {"lambeth", "E09000022"})
public record OrganisationKey(String value) {

    /** How JAX-RS reads it from a path segment or a query parameter. */
    public static OrganisationKey fromString(String value) {
        return new OrganisationKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
