package io.liaison.organisation.service;

import io.liaison.organisation.GovernanceModel;
import io.liaison.organisation.OrganisationKind;

/** A body that is not reference data, added by an admin; the code is derived from the name when absent. */
public record NewOrganisation(
        String code,
        String name,
        OrganisationKind kind,
        String gssCode,
        GovernanceModel governanceModel,
        String politicalControl,
        String website) {}
