package io.liaison.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

@Embeddable
public class Milestone {

    @Column(nullable = false)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private boolean done;

    protected Milestone() {}

    public Milestone(String title, LocalDate dueDate, boolean done) {
        this.title = title;
        this.dueDate = dueDate;
        this.done = done;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isDone() {
        return done;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Milestone m && title.equals(m.title) && dueDate.equals(m.dueDate) && done == m.done;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(title, dueDate, done);
    }
}
