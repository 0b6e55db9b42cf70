package io.liaison.stakeholder.service;

import io.liaison.stakeholder.Priority;
import io.liaison.stakeholder.Stakeholder;
import java.time.LocalDate;
import java.util.List;

/** A stakeholder's writable details: all of them for a create or a replace; a patch is merged into them first. */
public record StakeholderDetails(
        String honorific,
        String firstName,
        String lastName,
        String party,
        String email,
        String phone,
        String privateOfficeContact,
        List<String> policyInterests,
        Priority priority,
        Integer influence,
        Integer interest,
        LocalDate termEndDate,
        String notes) {

    public static StakeholderDetails of(Stakeholder s) {
        return new StakeholderDetails(
                s.getHonorific(),
                s.getFirstName(),
                s.getLastName(),
                s.getParty(),
                s.getEmail(),
                s.getPhone(),
                s.getPrivateOfficeContact(),
                s.getPolicyInterests().stream().sorted().toList(),
                s.getPriority(),
                s.getInfluence(),
                s.getInterest(),
                s.getTermEndDate(),
                s.getNotes());
    }
}
