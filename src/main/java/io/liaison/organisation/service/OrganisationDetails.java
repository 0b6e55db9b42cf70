package io.liaison.organisation.service;

import io.liaison.common.persistence.RecordStatus;
import io.liaison.organisation.GovernanceModel;
import io.liaison.organisation.Organisation;

/** An organisation's writable fields: all of them for a replace; a patch is merged into them first. */
public record OrganisationDetails(
        String name,
        String gssCode,
        GovernanceModel governanceModel,
        String politicalControl,
        String website,
        RecordStatus status) {

    public static OrganisationDetails of(Organisation o) {
        return new OrganisationDetails(
                o.getName(),
                o.getGssCode(),
                o.getGovernanceModel(),
                o.getPoliticalControl(),
                o.getWebsite(),
                o.getStatus());
    }
}
