package io.liaison.election.service;

import io.liaison.election.PreElectionPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A pre-election period's writable fields: all of them for a create or a replace (a create may leave startsOn out: it
 * is then the last day for the notice of election); a patch is merged into them first.
 */
public record PeriodDetails(
        String name, LocalDate startsOn, LocalDate pollingDay, List<UUID> organisationIds, List<UUID> postIds) {

    public static PeriodDetails of(PreElectionPeriod p) {
        return new PeriodDetails(
                p.getName(),
                p.getStartsOn(),
                p.getPollingDay(),
                p.getOrganisationIds().stream().sorted().toList(),
                p.getPostIds().stream().sorted().toList());
    }
}
