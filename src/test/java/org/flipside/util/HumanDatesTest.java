package org.flipside.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HumanDatesTest {

    @Test
    void datesReadTheSameOnEveryJdk() {
        assertEquals("Mon 7 Sep 2026", HumanDates.format(LocalDate.of(2026, 9, 7)));
        assertEquals("Mon 12 Jan 2026 → Mon 6 Apr 2026", HumanDates.range(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 4, 6)));
        assertEquals("", HumanDates.format(null));
    }
}
