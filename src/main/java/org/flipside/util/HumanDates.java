package org.flipside.util;

import java.time.LocalDate;

/**
 * Dates as people read them in UK English: {@code Mon 18 May 2026}. Written out by hand rather than
 * through locale data, so the text is the same on every JDK (some spell September "Sept", some "Sep").
 */
public final class HumanDates {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec"};

    private HumanDates() {}

    /** {@code Mon 18 May 2026}; an empty string for null. */
    public static String format(LocalDate date) {
        if (date == null) return "";
        return DAYS[date.getDayOfWeek().getValue() - 1] + " " + date.getDayOfMonth() + " "
                + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** {@code Mon 12 Jan 2026 → Mon 6 Apr 2026}. */
    public static String range(LocalDate start, LocalDate end) {
        return format(start) + " → " + format(end);
    }
}
