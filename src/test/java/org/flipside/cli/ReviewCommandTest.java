package org.flipside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flipside.testing.Shared;
import org.flipside.util.Json;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {

    @TempDir Path folder;

    @SuppressWarnings("unchecked")
    private static Map<String, String> statuses(String fixture) {
        CommandOutput run = CommandOutput.run("review", "--format", "json", Shared.fixture(fixture).toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Map<String, Object> json = (Map<String, Object>) Json.parse(run.out());
        Map<String, String> statuses = new LinkedHashMap<>();
        for (Map<String, Object> step : (List<Map<String, Object>>) json.get("steps")) {
            statuses.put((String) step.get("id"), (String) step.get("status"));
        }
        return statuses;
    }

    @Test
    void fullYmlIsStrongExceptThatItDoesNotSayTakingPartIsVoluntary() {
        Map<String, String> statuses = statuses("full.yml");

        statuses.forEach((step, status) -> assertEquals(step.equals("recruitment") ? "partial" : "strong", status, step));
    }

    @Test
    void minimalYmlLeansOnTheDefaultsAndLacksWhatOnlyTheSchemeCanSay() {
        assertEquals(Map.ofEntries(
                Map.entry("purpose", "partial"),        // no strategy link, nothing out of scope
                Map.entry("voices", "missing"),         // nobody consulted
                Map.entry("timeline", "strong"),        // the default phases and midpoint review
                Map.entry("recruitment", "missing"),    // no window
                Map.entry("matching", "strong"),
                Map.entry("safeguarding", "strong"),
                Map.entry("support", "strong"),
                Map.entry("meetings", "strong"),
                Map.entry("community", "strong"),       // the default launch, circles and celebration
                Map.entry("partners", "missing"),
                Map.entry("reflection", "strong"),
                Map.entry("evaluation", "partial"),     // its one measure has no baseline
                Map.entry("next-steps", "partial")),    // no feedback session
                statuses("minimal.yml"));
    }

    @Test
    void theTerminalReviewEndsWithTheScore() {
        CommandOutput run = CommandOutput.run("review", Shared.fixture("minimal.yml").toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("\n7 of 13 steps strong (3 partial, 3 missing).\n"), run.out());
    }

    @Test
    void theHtmlReviewIsWrittenWhereAsked() throws IOException {
        Path page = folder.resolve("reviews/review.html");

        CommandOutput run = CommandOutput.run("review", "--format", "html", "--out", page.toString(),
                Shared.fixture("full.yml").toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("12 of 13 steps strong (1 partial, 0 missing)."), run.out());
        assertEquals("Scheme review: Calder & Wren Reverse Mentoring", Jsoup.parse(Files.readString(page)).selectFirst("h1").text());
    }

    @Test
    void anInvalidSchemeIsTheOnlyReasonToFail() {
        assertEquals(ExitCode.INVALID_INPUT,
                CommandOutput.run("review", Shared.fixture("invalid/no-purpose.yml").toString()).exitCode());
    }
}
