package io.liaison.coverage;

/** Why a stakeholder × policy area cell is in the coverage matrix, which decides how it is dated. */
public enum CoverageBasis {
    /** Their ACTIVE plan asks for briefings on the area, at the plan's cadence (BRIEFING_DUE alerts follow it). */
    PLAN,
    /** Among their policy interests, no plan covers it: the office's default cadence, and no alert. */
    INTEREST,
    /** Neither: they were briefed on it once. No due date (NOT_PLANNED). */
    BRIEFED
}
