package io.liaison.ownership;

import io.liaison.common.persistence.TrackedEntity;
import io.liaison.stakeholder.OwnershipRole;
import io.liaison.stakeholder.Stakeholder;
import io.liaison.team.TeamMember;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A team member's assignment to a stakeholder relationship; active until ended, then kept as history. */
@Entity
@Table(name = "ownership")
public class Ownership extends TrackedEntity {

    @Id
    @GeneratedValue
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id", updatable = false)
    private Stakeholder stakeholder;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_member_id", updatable = false)
    private TeamMember teamMember;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OwnershipRole role;

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    private String note;

    /** Why the assignment ended, written by the handover that ended it. */
    @Column(name = "handover_note")
    private String handoverNote;

    protected Ownership() {}

    public Ownership(
            Stakeholder stakeholder, TeamMember teamMember, OwnershipRole role, LocalDate startDate, String note) {
        this.stakeholder = stakeholder;
        this.teamMember = teamMember;
        this.role = role;
        this.startDate = startDate;
        this.note = note;
    }

    public UUID getId() {
        return id;
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
    }

    public TeamMember getTeamMember() {
        return teamMember;
    }

    public OwnershipRole getRole() {
        return role;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getNote() {
        return note;
    }

    public String getHandoverNote() {
        return handoverNote;
    }

    public boolean isActive() {
        return endDate == null;
    }

    public void end(LocalDate on, String handoverNote) {
        this.endDate = on;
        this.handoverNote = handoverNote;
    }
}
