package io.liaison.report.service;

import io.liaison.common.error.ApiProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A report's period: whole days in Europe/London from {@code from} to {@code to}, both included, at most five
 * years long. Interactions fall in it by their start time.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 5;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public static ReportPeriod of(LocalDate from, LocalDate to) {
        if (from == null) {
            throw ApiProblem.invalid("from", "is required (a date like 2026-04-01)");
        }
        if (to == null) {
            throw ApiProblem.invalid("to", "is required (a date like 2026-06-30)");
        }
        if (to.isBefore(from)) {
            throw ApiProblem.invalid("to", "must not be before from");
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            throw ApiProblem.invalid("to", "the period may be at most " + MAX_YEARS + " years long");
        }
        return new ReportPeriod(from, to);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(LONDON).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(LONDON).toInstant();
    }
}
