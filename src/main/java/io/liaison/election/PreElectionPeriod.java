package io.liaison.election;

import io.liaison.common.persistence.TrackedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A pre-election period: from its start to polling day, both included, for what it names as up for election. */
@Entity
@Table(name = "pre_election_period")
public class PreElectionPeriod extends TrackedEntity {

    @Id
    @GeneratedValue
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "polling_day", nullable = false)
    private LocalDate pollingDay;

    @ElementCollection
    @CollectionTable(name = "pre_election_period_organisation", joinColumns = @JoinColumn(name = "period_id"))
    @Column(name = "organisation_id")
    private Set<UUID> organisationIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "pre_election_period_post", joinColumns = @JoinColumn(name = "period_id"))
    @Column(name = "post_id")
    private Set<UUID> postIds = new LinkedHashSet<>();

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getPollingDay() {
        return pollingDay;
    }

    public void setPollingDay(LocalDate pollingDay) {
        this.pollingDay = pollingDay;
    }

    public Set<UUID> getOrganisationIds() {
        return organisationIds;
    }

    public Set<UUID> getPostIds() {
        return postIds;
    }

    /** Whether the day falls in the period: its first day and polling day included. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(pollingDay);
    }
}
