package io.liaison.election.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * The last day on which a notice of election may be published: the 25th working day before polling day, where
 * weekends and the bank holidays of England do not count. A pre-election period starts on it unless told otherwise.
 * The bank holidays are the standing ones (with their substitute days); a one-off holiday proclaimed for an
 * occasion is not known here, so a period it would move is edited by hand.
 */
public final class NoticeOfElection {

    static final int WORKING_DAYS_BEFORE_POLLING_DAY = 25;

    private NoticeOfElection() {}

    public static LocalDate lastDayBefore(LocalDate pollingDay) {
        LocalDate day = pollingDay;
        int counted = 0;
        while (counted < WORKING_DAYS_BEFORE_POLLING_DAY) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays(day.getYear()).contains(day);
    }

    /** England's standing bank holidays in a year. */
    static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(weekdayOnOrAfter(LocalDate.of(year, Month.JANUARY, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = weekdayOnOrAfter(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(christmas);
        // Boxing Day is the next weekday after Christmas Day's holiday.
        days.add(weekdayOnOrAfter(christmas.plusDays(1)));
        return days;
    }

    /** The day itself, or the Monday after when it falls at a weekend (a substitute day). */
    private static LocalDate weekdayOnOrAfter(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
