package org.flipside.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.flipside.model.Paper;
import org.flipside.plan.Chapter;
import org.flipside.plan.Plan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handbook's contents are written after the chapters and moved behind the cover: with enough chapters to
 * fill three contents pages, every number it prints must still be the page its chapter starts on, the footers
 * must count pages in reading order, and the bookmarks must read cover, contents, chapters.
 */
class HandbookContentsTest {

    private static final int CHAPTERS = 70;
    private static final Pattern ENTRY = Pattern.compile("(\\d+) (Chapter \\d+ on [a-z]+) (\\d+)");

    @TempDir static Path out;
    static PDDocument doc;

    @BeforeAll
    static void write() throws Exception {
        Plan fixture = PlanFixture.plan(List.of("handbook"), Paper.A4);
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 1; i <= CHAPTERS; i++) {
            // Chapters of one, two and three pages, so that starts do not follow a simple pattern.
            String body = ("A paragraph about listening well, repeated to fill the page. ".repeat(12) + "\n\n").repeat(i % 3 * 7 + 1);
            chapters.add(new Chapter("c" + i, "Chapter " + i + " on " + (i % 2 == 0 ? "trust" : "feedback"), null,
                    List.of(), body, false, "content/c" + i + ".md"));
        }
        Plan plan = new Plan(fixture.scheme(), fixture.buildDate(), fixture.phases(), fixture.milestones(),
                fixture.meetings(), fixture.events(), fixture.recruitment(), fixture.end(), chapters, List.of());
        PdfPacks.write(plan, AgreementPackTest.ROOT, out);
        doc = PdfChecks.open(out.resolve("handbook.pdf"));
    }

    @Test
    void everyContentsEntryNamesThePageItsChapterStartsOn() throws Exception {
        List<int[]> entries = new ArrayList<>();
        int page = 1;
        while (entries.size() < CHAPTERS && page < doc.getNumberOfPages()) {
            Matcher m = ENTRY.matcher(PdfChecks.pageText(doc, ++page));
            while (m.find()) entries.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3))});
        }
        assertEquals(CHAPTERS, entries.size(), "contents entries");
        assertTrue(page >= 4, "the contents fill several pages, here pages 2 to " + page);
        assertEquals(page + 1, entries.get(0)[1], "chapter 1 starts right after the contents");
        for (int[] entry : entries) {
            String start = PdfChecks.pageText(doc, entry[1]);
            assertTrue(start.startsWith("Chapter " + entry[0] + " on "), "page " + entry[1] + ": " + start);
        }
    }

    @Test
    void footersCountPagesInReadingOrder() throws Exception {
        int total = doc.getNumberOfPages();
        for (int page = 2; page <= total; page++) {
            assertTrue(PdfChecks.pageText(doc, page).contains("Page " + page + " of " + total), "page " + page);
        }
    }

    @Test
    void bookmarksReadCoverContentsThenChapters() {
        List<String> top = PdfChecks.bookmarks(doc).stream().filter(b -> !b.startsWith(" ")).toList();
        assertEquals("Handbook", top.get(0));
        assertEquals("Contents", top.get(1));
        assertEquals("Chapter 1 on feedback", top.get(2));
        assertEquals("Chapter " + CHAPTERS + " on trust", top.get(top.size() - 1));
        assertEquals(CHAPTERS + 2, top.size());
    }
}
