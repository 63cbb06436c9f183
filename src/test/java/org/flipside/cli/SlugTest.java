package org.flipside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Questions people ask|questions-people-ask",
            "Être là & après|etre-la-and-apres",
            "Straße, Æsop and Łódź|strasse-aesop-and-lodz",
            "  --Why?  Why not!--  |why-why-not",
            "Café crème|cafe-creme",
            "2026: the year ahead|2026-the-year-ahead",
            "!!!|chapter",
            "日本語|chapter",
            "<script>alert(1)</script>|script-alert-1-script"})
    void slugsAreLowercaseAsciiWithHyphens(String title, String slug) {
        assertEquals(slug, Slug.of(title));
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = Slug.of("What happens when a pairing is not working and one of us wants to stop meeting altogether");
        assertEquals("what-happens-when-a-pairing-is-not-working-and-one-of-us", slug);
    }
}
