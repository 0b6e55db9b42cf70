package io.liaison.plan;

import java.util.Set;

public enum PlanStatus {
    DRAFT,
    ACTIVE,
    COMPLETED,
    CANCELLED;

    /** The sensible moves: a draft is started or dropped; an active plan is completed or cancelled; the end is final. */
    public boolean canMoveTo(PlanStatus next) {
        return switch (this) {
            case DRAFT -> Set.of(ACTIVE, CANCELLED).contains(next);
            case ACTIVE -> Set.of(COMPLETED, CANCELLED).contains(next);
            case COMPLETED, CANCELLED -> false;
        };
    }

    public boolean isFinished() {
        return this == COMPLETED || this == CANCELLED;
    }
}
