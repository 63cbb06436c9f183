package org.flipside.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flipside.diagnostic.ProblemException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchOutputTest {

    static final ReportContext CONTEXT = new ReportContext("Flip the Script <2026>", "Calder & Wren LLP", "en-GB",
            "An independent coordinator", 12, "2027-12-01", "responses.csv");

    @TempDir Path dir;

    /** A hostile name, a sensitive free-text answer and a sensitive choice, pinned into one pair. */
    private static MatchResult hostileResult() throws ProblemException {
        List<Person> people = List.of(
                Cohorts.person(Role.MENTOR, "=HYPERLINK(\"http://evil.example\",\"click\")", "eve@x.org", "a", "",
                        Map.of("topics", List.of("Wellbeing"), "availability", List.of("Lunchtime"),
                                "identity", List.of("I am <script>alert(1)</script> SECRET-STORY"), "faith", List.of("Sikh"))),
                Cohorts.person(Role.MENTEE, "+Bob @home", "bob@x.org", "b", "",
                        Map.of("topics", List.of("Wellbeing", "Belonging"), "availability", List.of("Lunchtime"),
                                "faith", List.of("Sikh"))),
                Cohorts.person(Role.MENTEE, "Cy", "cy@x.org", "b", "", Map.of("availability", List.of("Lunchtime"))),
                Cohorts.person(Role.MENTEE, "Di <i>", "di@x.org", "a", "", Map.of("availability", List.of("Lunchtime"))));
        return Matchmaker.match(Cohorts.full(1), people, ReportingLines.none(),
                new Overrides(List.of("eve@x.org=bob@x.org"), List.of()));
    }

    private List<CSVRecord> pairsCsv(MatchResult result) throws Exception {
        Path file = dir.resolve("pairs.csv");
        PairsCsv.write(result, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "byte order mark for spreadsheets");
        return CSVFormat.DEFAULT.parse(new java.io.StringReader(text.substring(1))).getRecords();
    }

    @Test
    void pairsCsvNeutralisesFormulasAndLeavesOutSensitiveAnswers() throws Exception {
        List<CSVRecord> rows = pairsCsv(hostileResult());
        assertEquals(List.of(PairsCsv.HEADER), List.of(rows.get(0).values()));
        CSVRecord pair = rows.get(1);
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", pair.get(0));
        assertEquals("'+Bob @home", pair.get(2));
        assertEquals("yes", pair.get(5));
        assertEquals("topics: shared Wellbeing (1 of 2) +1.50; practice-area: not answered by the mentor or the mentee +0.00;"
                + " availability: shared Lunchtime (1 of 1) +1.00; confidence: not answered by the mentor or the mentee +0.00;"
                + " faith: sensitive, answers only in report.html +1.00", pair.get(6));
        String all = Files.readString(dir.resolve("pairs.csv"), StandardCharsets.UTF_8);
        assertFalse(all.contains("SECRET-STORY"));
        assertFalse(all.contains("Sikh"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=1+1|'=1+1", "+44 20|'+44 20", "-2|'-2", "@SUM(A1)|'@SUM(A1)", "`\tx`|`'\tx`", "`\rx`|`'\rx`", "Ada|Ada", "a=b|a=b"})
    void neutralisesEveryFormulaStart(String cell, String expected) {
        assertEquals(expected, PairsCsv.neutralise(cell));
    }

    @Test
    void reportEscapesEverythingAndIsTheOnlyPlaceForSensitiveAnswers() throws Exception {
        MatchResult result = hostileResult();
        String html = MatchReport.render(result, Cohorts.full(1), CONTEXT);
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script").isEmpty(), "no script element from a hostile answer");
        assertEquals("en-GB", page.selectFirst("html").attr("lang"));
        assertEquals("Matching report: Flip the Script <2026>", page.title());
        assertTrue(page.text().contains("I am <script>alert(1)</script> SECRET-STORY"), "sensitive answer shown as text");
        assertTrue(page.selectFirst(".notice").text().contains("by 2027-12-01"));

        Element pinned = page.getElementById("pinned").parent();
        assertTrue(pinned.text().contains("=HYPERLINK(\"http://evil.example\",\"click\") <eve@x.org> with +Bob @home <bob@x.org>"),
                pinned.text());
        Element pair = page.getElementById("pair-1").parent();
        Element breakdown = pair.selectFirst("table");
        assertEquals("Score of pair 1, rule by rule", breakdown.selectFirst("caption").text());
        assertEquals(List.of("prefer: shared_answers on topics, weight 3", "Wellbeing", "Wellbeing; Belonging", "50% alike", "1.50"),
                breakdown.select("tbody tr").get(0).children().eachText());
        assertEquals("3.50", breakdown.selectFirst("tfoot td").text());
        // Cy is compatible with Eve (different team, shared availability) and is the alternative for her.
        assertTrue(pair.text().contains("Next-best alternatives: Cy <cy@x.org>, score 1.00 (unpaired)"), pair.text());
        Element unpaired = page.getElementById("unmatched").parent();
        assertTrue(unpaired.text().contains("Cy <cy@x.org>, mentee"));
        assertTrue(unpaired.text().contains("Di <i> <di@x.org>, mentee No compatible mentor: every one breaks a rule (1 by same team)."
                + " Di <i> (mentee) No other compatible mentor. Ruled out: 1 by same team: =HYPERLINK"), unpaired.text());
        assertTrue(pair.text().contains("Ruled out: 1 by same team: Di <i>"), pair.text());
        assertTrue(page.select("i").isEmpty(), "names are text, not markup");
    }

    @Test
    void reportTablesHaveCaptionsAndHeaderScopes() throws Exception {
        List<Person> people = Cohorts.random(new Random(11), 6, 7);
        MatchResult result = Matchmaker.match(Cohorts.full(1), people, ReportingLines.of(people, Map.of()), Overrides.NONE);
        Document page = Jsoup.parse(MatchReport.render(result, Cohorts.full(1), CONTEXT));
        assertFalse(page.select("table").isEmpty());
        for (Element table : page.select("table")) assertFalse(table.select("> caption").text().isBlank(), table.outerHtml());
        for (Element th : page.select("th")) assertTrue(th.hasAttr("scope"), th.outerHtml());
        assertEquals(1, page.select("h1").size());
        assertEquals("main", page.selectFirst("a.skip").attr("href").substring(1));
        assertEquals(List.of("Summary", "Pinned pairs", "Pairs", "Unpaired people"), page.select("h2").eachText());
    }

    @Test
    void theFolderIsWrittenWholeAndIdenticallyEachTime(@TempDir Path project) throws Exception {
        List<Person> people = Cohorts.random(new Random(5), 7, 6);
        MatchResult result = Matchmaker.match(Cohorts.full(1), people, ReportingLines.of(people, Map.of()), Overrides.NONE);
        Path target = project.resolve("private/matching");
        MatchFolder.check(target, project.resolve("output"));
        List<String> files = MatchFolder.write(target, result, Cohorts.full(1), CONTEXT, null);
        assertEquals(List.of("README.txt", "pairs.csv", "report.html"), files);
        byte[] report = Files.readAllBytes(target.resolve("report.html"));
        byte[] pairs = Files.readAllBytes(target.resolve("pairs.csv"));
        String readme = Files.readString(target.resolve("README.txt"));
        assertTrue(readme.startsWith(MatchFolder.MARKER));
        assertTrue(readme.contains("Delete this folder 12 months after the scheme ends, as `privacy.retention_months` in"
                + " scheme.yml says. That is by 2027-12-01."), readme);

        Files.writeString(target.resolve("agreement-stale.pdf"), "old");
        MatchFolder.check(target, project.resolve("output"));
        MatchResult again = Matchmaker.match(Cohorts.full(1), people, ReportingLines.of(people, Map.of()), Overrides.NONE);
        MatchFolder.write(target, again, Cohorts.full(1), CONTEXT, null);
        assertArrayEquals(report, Files.readAllBytes(target.resolve("report.html")));
        assertArrayEquals(pairs, Files.readAllBytes(target.resolve("pairs.csv")));
        assertFalse(Files.exists(target.resolve("agreement-stale.pdf")), "stale files do not linger");
    }

    @Test
    void refusesTheWebsiteOutputAndFoldersHoldingOtherFiles(@TempDir Path project) throws Exception {
        ProblemException inside = assertThrows(ProblemException.class,
                () -> MatchFolder.check(project.resolve("output/matching"), project.resolve("output")));
        assertEquals("command line: `--out " + project.resolve("output/matching") + "` is inside or around the website output"
                + " folder `" + project.resolve("output") + "`: the matching results hold personal data and must never be"
                + " published — Leave out `--out` to use `private/matching/`, or choose a folder outside the website output.",
                inside.getMessage());
        assertThrows(ProblemException.class, () -> MatchFolder.check(project, project.resolve("output")));
        ProblemException content = assertThrows(ProblemException.class, () -> MatchFolder.check(
                project.resolve("content/private"), project.resolve("output"), List.of(project.resolve("content"))));
        assertEquals("command line: `--out " + project.resolve("content/private") + "` is inside `" + project.resolve("content")
                + "`, which the website is built from: the matching results hold personal data and must never be published"
                + " — Leave out `--out` to use `private/matching/`, or choose a folder outside the project's website files.",
                content.getMessage());
        Path documents = Files.createDirectories(project.resolve("documents"));
        Files.writeString(documents.resolve("cv.docx"), "mine");
        ProblemException occupied = assertThrows(ProblemException.class,
                () -> MatchFolder.check(documents, project.resolve("output")));
        assertEquals("command line: `" + documents + "` already holds other files, and this command replaces the whole"
                + " folder — Choose a new or empty folder, or the folder a previous `flipside match` wrote.", occupied.getMessage());
        assertTrue(Files.exists(documents.resolve("cv.docx")));
    }
}
