package io.liaison.plan;

import io.liaison.common.persistence.TrackedEntity;
import io.liaison.stakeholder.Stakeholder;
import io.liaison.team.TeamMember;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** How the office means to engage one stakeholder: cadences, policy areas to brief on, milestones. */
@Entity
@Table(name = "engagement_plan")
public class EngagementPlan extends TrackedEntity {

    @Id
    @GeneratedValue
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id", updatable = false)
    private Stakeholder stakeholder;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private TeamMember owner;

    @Column(nullable = false)
    private String title;

    private String objectives;

    @Column(name = "contact_cadence_days", nullable = false)
    private int contactCadenceDays;

    @Column(name = "briefing_cadence_days", nullable = false)
    private int briefingCadenceDays;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status = PlanStatus.DRAFT;

    @ElementCollection
    @CollectionTable(name = "engagement_plan_policy_area", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "policy_area_code")
    private Set<String> policyAreas = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "engagement_plan_milestone", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<Milestone> milestones = new ArrayList<>();

    protected EngagementPlan() {}

    public EngagementPlan(Stakeholder stakeholder) {
        this.stakeholder = stakeholder;
    }

    public UUID getId() {
        return id;
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
    }

    public TeamMember getOwner() {
        return owner;
    }

    public void setOwner(TeamMember owner) {
        this.owner = owner;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public int getContactCadenceDays() {
        return contactCadenceDays;
    }

    public void setContactCadenceDays(int contactCadenceDays) {
        this.contactCadenceDays = contactCadenceDays;
    }

    public int getBriefingCadenceDays() {
        return briefingCadenceDays;
    }

    public void setBriefingCadenceDays(int briefingCadenceDays) {
        this.briefingCadenceDays = briefingCadenceDays;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    public Set<String> getPolicyAreas() {
        return policyAreas;
    }

    public void setPolicyAreas(Set<String> codes) {
        if (!policyAreas.equals(codes)) {
            policyAreas.clear();
            policyAreas.addAll(codes);
        }
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }

    public void setMilestones(List<Milestone> next) {
        if (!milestones.equals(next)) {
            milestones.clear();
            milestones.addAll(next);
        }
    }
}
