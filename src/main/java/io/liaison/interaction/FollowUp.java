package io.liaison.interaction;

import io.liaison.common.persistence.TrackedEntity;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action agreed in an interaction, owned by one team member, due on a date. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends TrackedEntity {

    @Id
    @GeneratedValue
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interaction_id", updatable = false)
    private Interaction interaction;

    @Column(nullable = false)
    private String description;

    @Column(name = "assignee_id", nullable = false)
    private UUID assigneeId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpStatus status = FollowUpStatus.OPEN;

    @Column(name = "done_at")
    private Instant doneAt;

    protected FollowUp() {}

    public FollowUp(Interaction interaction) {
        this.interaction = interaction;
    }

    public UUID getId() {
        return id;
    }

    public Interaction getInteraction() {
        return interaction;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public UUID getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(UUID assigneeId) {
        this.assigneeId = assigneeId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public void setStatus(FollowUpStatus status, Instant now) {
        if (this.status != status) {
            this.status = status;
            this.doneAt = status == FollowUpStatus.DONE ? now : null;
        }
    }
}
