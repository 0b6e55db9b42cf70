package io.liaison.coverage;

/** Where one stakeholder × policy area cell stands today, by its next briefing's due date. */
public enum CoverageStatus {
    /** Due after the alert horizon. */
    ON_TRACK,
    /** Due within the alert horizon (a BRIEFING_DUE alert is showing). */
    UPCOMING,
    DUE_TODAY,
    OVERDUE,
    /** Briefed on it, but no ACTIVE plan asks for it and it is not among their interests: no due date. */
    NOT_PLANNED
}
