package org.flipside.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    private static final List<String> NAMES = List.of("aims", "objectives", "meetings.count", "mentoring", "timeline");

    @ParameterizedTest
    @CsvSource({"aimz, aims", "meetings.cuont, meetings.count", "mentorign, mentoring", "TIMELINE, timeline",
            "zebra, ''", "x, ''"})
    void theClosestNameIsSuggestedOnlyWhenItIsClose(String written, String expected) {
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected), Suggestions.closest(written, NAMES));
    }
}
