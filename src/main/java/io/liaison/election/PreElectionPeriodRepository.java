package io.liaison.election;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PreElectionPeriodRepository implements PanacheRepositoryBase<PreElectionPeriod, UUID> {

    /** Every period, earliest polling day first. */
    public List<PreElectionPeriod> all() {
        return find("order by pollingDay, startsOn, id").list();
    }

    /** The periods sharing a day with [from, to], both included, earliest polling day first. */
    public List<PreElectionPeriod> overlapping(LocalDate from, LocalDate to) {
        return find("startsOn <= ?2 and pollingDay >= ?1 order by pollingDay, startsOn, id", from, to)
                .list();
    }
}
