package org.flipside.model;

import java.time.LocalDate;
import java.util.List;

public record Community(List<Event> events) {

    /**
     * Exactly one of {@code date}, {@code after} (a phase id: at its end) or {@code everyWeeks} (repeats
     * through the mentoring phase) is set. {@code audience}: all | mentors | mentees | buddies.
     */
    public record Event(String title, LocalDate date, String after, Integer everyWeeks, String audience) {}
}
