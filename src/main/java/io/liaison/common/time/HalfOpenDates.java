package io.liaison.common.time;

import java.time.LocalDate;

/** A range of days [start, end): the end is the first day outside it; no end means it runs on. */
public final class HalfOpenDates {

    private HalfOpenDates() {}

    /** Whether [start, end) contains {@code day}. */
    public static boolean contain(LocalDate start, LocalDate end, LocalDate day) {
        return !start.isAfter(day) && (end == null || end.isAfter(day));
    }
}
