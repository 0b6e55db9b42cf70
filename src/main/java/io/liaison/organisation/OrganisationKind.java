package io.liaison.organisation;

public enum OrganisationKind {
    LONDON_BOROUGH,
    CITY_OF_LONDON_CORPORATION,
    LONDON_COUNCILS,
    LONDON_ASSEMBLY,
    GLA,
    FUNCTIONAL_BODY,
    UK_PARLIAMENT,
    GOVERNMENT_DEPARTMENT,
    OTHER;

    /** The London authorities and bodies that ship as reference data; users add only the other kinds. */
    public boolean isReferenceOnly() {
        return switch (this) {
            case LONDON_BOROUGH, CITY_OF_LONDON_CORPORATION, LONDON_COUNCILS, LONDON_ASSEMBLY, GLA -> true;
            default -> false;
        };
    }
}
