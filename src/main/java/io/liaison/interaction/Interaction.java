package io.liaison.interaction;

import io.liaison.common.persistence.TrackedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** One logged or scheduled contact with one or more stakeholders. */
@Entity
@Table(name = "interaction")
public class Interaction extends TrackedEntity {

    @Id
    @GeneratedValue
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InteractionType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InteractionStatus status;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "plan_id")
    private UUID planId;

    private String title;

    private String location;

    @Column(name = "online_meeting_url")
    private String onlineMeetingUrl;

    private String summary;

    private String outcome;

    private String decisions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Classification classification = Classification.OFFICIAL;

    @Column(name = "briefing_pack_ready")
    private Boolean briefingPackReady;

    @ElementCollection
    @CollectionTable(name = "interaction_stakeholder", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "stakeholder_id")
    private Set<UUID> stakeholderIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "interaction_attendee", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "team_member_id")
    private Set<UUID> attendeeIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "interaction_policy_area", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "policy_area_code")
    private Set<String> policyAreas = new LinkedHashSet<>();

    public UUID getId() {
        return id;
    }

    public InteractionType getType() {
        return type;
    }

    public void setType(InteractionType type) {
        this.type = type;
    }

    public InteractionStatus getStatus() {
        return status;
    }

    public void setStatus(InteractionStatus status) {
        this.status = status;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(Instant startsAt) {
        this.startsAt = startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(Instant endsAt) {
        this.endsAt = endsAt;
    }

    public UUID getPlanId() {
        return planId;
    }

    public void setPlanId(UUID planId) {
        this.planId = planId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getOnlineMeetingUrl() {
        return onlineMeetingUrl;
    }

    public void setOnlineMeetingUrl(String onlineMeetingUrl) {
        this.onlineMeetingUrl = onlineMeetingUrl;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    public Classification getClassification() {
        return classification;
    }

    public void setClassification(Classification classification) {
        this.classification = classification;
    }

    public Boolean getBriefingPackReady() {
        return briefingPackReady;
    }

    public void setBriefingPackReady(Boolean briefingPackReady) {
        this.briefingPackReady = briefingPackReady;
    }

    public Set<UUID> getStakeholderIds() {
        return stakeholderIds;
    }

    public Set<UUID> getAttendeeIds() {
        return attendeeIds;
    }

    public Set<String> getPolicyAreas() {
        return policyAreas;
    }
}
