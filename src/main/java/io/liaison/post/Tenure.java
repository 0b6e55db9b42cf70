package io.liaison.post;

import io.liaison.common.persistence.TrackedEntity;
import io.liaison.common.time.HalfOpenDates;
import io.liaison.stakeholder.Stakeholder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stakeholder holding a post over the half-open range [startDate, endDate); no end date means it runs on.
 * The database forbids overlapping tenures of one post.
 */
@Entity
@Table(name = "tenure")
public class Tenure extends TrackedEntity {

    @Id
    @GeneratedValue
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", updatable = false)
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id", updatable = false)
    private Stakeholder stakeholder;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected Tenure() {}

    public Tenure(Post post, Stakeholder stakeholder, LocalDate startDate, LocalDate endDate) {
        this.post = post;
        this.stakeholder = stakeholder;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public UUID getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
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

    /** Held on {@code day}: started on or before it and not yet ended. */
    public boolean isCurrentOn(LocalDate day) {
        return HalfOpenDates.contain(startDate, endDate, day);
    }
}
