package org.flipside.site;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flipside.diagnostic.ProblemException;
import org.flipside.plan.Chapter;
import org.flipside.plan.Plan;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handbook of more than {@link Pages#FULL_SIDEBAR_LIMIT} pages: every page's sidebar lists the pages made from
 * scheme.yml and only the chapters near it, and a contents page lists every chapter, so that the site grows in
 * proportion to the number of chapters.
 */
class LargeHandbookTest {

    static final int EXTRA_CHAPTERS = 120;

    @TempDir
    static Path shared;
    static Path site;
    static Plan plan;
    /** Every page in reading order, home first. */
    static List<String> order;
    static List<String> markdownChapters;

    @BeforeAll
    static void build() throws Exception {
        plan = TestPlansEdit.withChapters(TestPlans.plan("x"), EXTRA_CHAPTERS);
        site = shared.resolve("site");
        SiteBuilder.build(plan, shared, SiteBuilderTest.THEME, site, List.of());
        order = new ArrayList<>(List.of("index.html"));
        markdownChapters = new ArrayList<>();
        for (Chapter c : plan.chapters()) {
            order.add(c.slug() + ".html");
            if (!c.generated()) markdownChapters.add(c.slug() + ".html");
        }
    }

    static List<String> sidebar(String uri) throws IOException {
        return SiteBuilderTest.page(site, uri).select("nav.sidebar ol a").eachAttr("href");
    }

    @Test
    void everySidebarListsTheBuiltInPagesTheChaptersNearbyAndMarksTheCurrentPage() throws IOException {
        List<String> builtIn = order.stream().filter(u -> !markdownChapters.contains(u)).toList();
        for (String uri : order) {
            Document doc = SiteBuilderTest.page(site, uri);
            List<String> links = sidebar(uri);
            assertTrue(links.size() <= builtIn.size() + 2 * Sidebar.WINDOW + 1 + 3, uri + " lists " + links.size());
            assertTrue(links.containsAll(builtIn), uri);
            assertEquals(List.of(uri), doc.select("nav.sidebar a[aria-current=page]").eachAttr("href"), uri);
            List<Integer> shown = new ArrayList<>();
            for (String link : links) if (markdownChapters.contains(link)) shown.add(markdownChapters.indexOf(link));
            // The window, plus a chapter on its own between built-in pages (a link to it costs no more than a gap).
            assertTrue(shown.size() <= 2 * Sidebar.WINDOW + 1 + 2, uri + ": " + shown);
            int at = markdownChapters.indexOf(uri);
            if (at >= 0) {
                int first = Math.max(0, Math.min(at - Sidebar.WINDOW, markdownChapters.size() - 2 * Sidebar.WINDOW - 1));
                for (int i = first; i <= first + 2 * Sidebar.WINDOW; i++) assertTrue(shown.contains(i), uri + ": " + shown);
            }
        }
    }

    @Test
    void theSidebarsOfTheFirstAndLastChaptersListTheChaptersAfterAndBeforeThem() throws IOException {
        List<String> first = sidebar(markdownChapters.get(0)).stream().filter(markdownChapters::contains).toList();
        assertEquals(markdownChapters.subList(0, 2 * Sidebar.WINDOW + 1), first);
        int n = markdownChapters.size();
        List<String> last = sidebar(markdownChapters.get(n - 1)).stream().filter(markdownChapters::contains).toList();
        assertEquals(markdownChapters.subList(n - 2 * Sidebar.WINDOW - 1, n), last);
    }

    @Test
    void eachRunOfChaptersLeftOutLinksToWhereTheRunStartsOnTheContentsPage() throws IOException {
        Document contents = SiteBuilderTest.page(site, "contents.html");
        List<String> listed = contents.select("ol.contents-list > li > a").eachAttr("href");
        String uri = markdownChapters.get(60);
        List<String> links = sidebar(uri);
        Document doc = SiteBuilderTest.page(site, uri);
        List<Element> gaps = doc.select("nav.sidebar li.sidebar__gap a");
        assertEquals(2, gaps.size());
        for (Element gap : gaps) {
            String id = gap.attr("href").substring("contents.html#".length());
            Element entry = contents.getElementById(id);
            assertNotNull(entry, gap.attr("href"));
            int start = listed.indexOf(entry.selectFirst("a").attr("href"));
            int count = Integer.parseInt(gap.text().replaceAll("[^0-9]", ""));
            assertEquals(count + " more chapters", gap.text());
            for (String skipped : listed.subList(start, start + count)) {
                assertTrue(markdownChapters.contains(skipped) && !links.contains(skipped), skipped);
            }
            if (start + count < listed.size()) assertTrue(links.contains(listed.get(start + count)), gap.text());
        }
    }

    @Test
    void theContentsPageListsEveryChapterInReadingOrderWithItsSummary() throws IOException {
        Document contents = SiteBuilderTest.page(site, "contents.html");
        assertEquals(order.subList(1, order.size()), contents.select("ol.contents-list > li > a").eachAttr("href"));
        assertEquals("Contents", contents.selectFirst("h1").text());
        Element third = contents.getElementById("chapter-c003");
        assertEquals("Chapter 3 Summary of chapter 3", third.text());
        String all = "All " + (order.size() - 1) + " chapters";
        for (String uri : List.of("index.html", markdownChapters.get(50), "search.html")) {
            Element link = SiteBuilderTest.page(site, uri).selectFirst("nav.sidebar p.sidebar__all a");
            assertEquals(all, link.text(), uri);
            assertEquals("contents.html", link.attr("href"), uri);
        }
        assertEquals("page", contents.selectFirst("nav.sidebar p.sidebar__all a").attr("aria-current"));
        assertEquals("Chapters", contents.selectFirst("summary.sidebar__toggle").text());
    }

    @Test
    void theSearchIndexHoldsEveryChapterButNotTheContentsPage() throws IOException {
        String index = Files.readString(site.resolve(SearchIndex.FILE));
        for (String uri : order) assertTrue(index.contains("\"u\":\"" + uri + "\""), uri);
        assertFalse(index.contains("contents.html"));
    }

    @Test
    void aHandbookOfFiftyPagesListsThemAllAndHasNoContentsPage(@TempDir Path dir) throws Exception {
        Plan fifty = TestPlansEdit.withChapters(TestPlans.plan("x"), 34);
        Path out = dir.resolve("site");
        assertEquals(Pages.FULL_SIDEBAR_LIMIT + 1, SiteBuilder.build(fifty, dir, SiteBuilderTest.THEME, out, List.of()));
        assertFalse(Files.exists(out.resolve("contents.html")));
        assertEquals(Pages.FULL_SIDEBAR_LIMIT, SiteBuilderTest.navOrder(out).size());
        assertEquals("All chapters", SiteBuilderTest.page(out, "c020.html").selectFirst("summary.sidebar__toggle").text());
    }

    @Test
    void aChapterNamedContentsInALargeHandbookIsRefused(@TempDir Path dir) {
        Plan p = TestPlansEdit.withChapters(TestPlans.plan("x"), EXTRA_CHAPTERS);
        List<Chapter> chapters = new ArrayList<>(p.chapters());
        Chapter c = chapters.get(7);
        chapters.set(7, new Chapter("contents", c.title(), c.summary(), c.audience(), c.markdown(), false, "content/contents.md"));
        Plan named = new Plan(p.scheme(), p.buildDate(), p.phases(), p.milestones(), p.meetings(), p.events(),
                p.recruitment(), p.end(), chapters, p.warnings());
        ProblemException e = assertThrows(ProblemException.class,
                () -> SiteBuilder.build(named, dir, SiteBuilderTest.THEME, dir.resolve("site"), List.of()));
        assertEquals("content/contents.md: the chapter name `contents` is used by another page of the website: a handbook "
                + "of more than 50 pages lists every chapter on `contents.html` — rename the chapter (and its file in content/)",
                e.problems().get(0).toString());
    }
}
