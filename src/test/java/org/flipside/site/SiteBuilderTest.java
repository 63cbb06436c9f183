package org.flipside.site;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flipside.diagnostic.ProblemException;
import org.flipside.plan.Download;
import org.flipside.plan.MeetingPlan;
import org.flipside.plan.Plan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The website built from a hand-made plan, checked as a reader would see it. */
class SiteBuilderTest {

    static final Path THEME = Path.of("themes/default");

    @TempDir
    static Path shared;
    static Path site;
    static Plan plan;

    @BeforeAll
    static void build() throws Exception {
        plan = TestPlans.plan("x");
        site = shared.resolve("site");
        Files.createDirectories(site.resolve("downloads"));
        Files.write(site.resolve("downloads/agreement.pdf"), new byte[2048]);
        Files.write(site.resolve("downloads/diary & notes.pdf"), new byte[3 * 1024 * 1024]);
        SiteBuilder.build(plan, shared, THEME, site,
                List.of(new Download("agreement.pdf", "Mentoring agreement", "To print and sign", 2048),
                        new Download("diary & notes.pdf", "Diary", null, 3 * 1024 * 1024)));
    }

    static Document page(Path dir, String uri) throws IOException {
        return Jsoup.parse(dir.resolve(uri).toFile(), "UTF-8");
    }

    static List<String> navOrder(Path dir) throws IOException {
        return page(dir, "index.html").select("nav.sidebar a").eachAttr("href");
    }

    @Test
    void everyChapterHasAPageListedInTheSidebarWithTheCurrentPageMarked() throws IOException {
        List<String> expected = new ArrayList<>(List.of("index.html"));
        plan.chapters().forEach(c -> expected.add(c.slug() + ".html"));
        assertEquals(expected, navOrder(site));
        for (String uri : expected) {
            Document doc = page(site, uri);
            assertEquals(List.of(uri), doc.select("nav.sidebar a[aria-current=page]").eachAttr("href"), uri);
            assertEquals(1, doc.select("a.skip-link[href=#main]").size(), uri);
            assertNotNull(doc.getElementById("main"), uri);
            assertEquals("support.html", doc.selectFirst("header a.support-link").attr("href"), uri);
            assertEquals("Get support", doc.selectFirst("header a.support-link").text(), uri);
            assertFalse(doc.select("footer .signposts li").isEmpty(), uri);
            assertFalse(doc.select("nav.breadcrumbs").isEmpty(), uri);
            assertEquals(1, doc.select("h1").size(), uri);
        }
    }

    @Test
    void previousAndNextLinksWalkThroughEveryPageInChapterOrder() throws IOException {
        List<String> order = navOrder(site);
        List<String> forward = new ArrayList<>();
        String at = "index.html";
        while (at != null) {
            forward.add(at);
            Element next = page(site, at).selectFirst("nav.pager a[rel=next]");
            at = next == null ? null : next.attr("href");
        }
        assertEquals(order, forward);
        List<String> backward = new ArrayList<>();
        at = order.get(order.size() - 1);
        while (at != null) {
            backward.add(0, at);
            Element prev = page(site, at).selectFirst("nav.pager a[rel=prev]");
            at = prev == null ? null : prev.attr("href");
        }
        assertEquals(order, backward);
    }

    @Test
    void meetingDatesFromThePlanAreOnTheMeetingsAndTimelinePages() throws IOException {
        Document meetings = page(site, "meetings.html");
        Document timeline = page(site, "timeline.html");
        for (MeetingPlan m : plan.meetings()) {
            Element meeting = meetings.getElementById("meeting-" + m.number());
            assertNotNull(meeting);
            assertEquals(m.date().toString(), meeting.selectFirst("time").attr("datetime"));
            assertFalse(timeline.select("time[datetime=" + m.date() + "]").isEmpty(), m.toString());
        }
        assertEquals("themes.html#theme-theme-3", meetings.getElementById("meeting-3").selectFirst("a").attr("href"));
        assertEquals("meetings.html#meeting-2", page(site, "themes.html").getElementById("theme-theme-2")
                .parent().selectFirst(".theme__meeting a").attr("href"));
    }

    @Test
    void sensitiveQuestionsAreInNoFileOfTheSite() throws IOException {
        for (Map.Entry<String, String> file : allFiles(site).entrySet()) {
            assertFalse(file.getValue().contains(TestPlans.SENSITIVE), file.getKey());
            assertFalse(file.getValue().contains("identity"), file.getKey());
        }
        String matching = page(site, "matching.html").text();
        assertTrue(matching.contains("Question x"));
        assertTrue(matching.contains("a confidential question only the matcher sees"));
    }

    @Test
    void nothingIsLoadedFromOutsideAndOnlyTheSchemesOwnLinksLeaveTheSite() throws IOException {
        List<String> allowedOutside = List.of("https://www.lawcare.org.uk", "https://intranet.example.org/edi",
                "mailto:team@example.org", "mailto:lead@example.org", "mailto:dpo@example.org", "tel:08002796888");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(f.toFile(), "UTF-8");
                for (Element e : doc.select("[src], link[href]")) {
                    String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                    assertFalse(UrlPolicy.isExternal(url) || url.startsWith("/"), f + ": " + url);
                }
                for (String href : doc.select("a[href]").eachAttr("href")) {
                    if (UrlPolicy.isExternal(href)) assertTrue(allowedOutside.contains(href), f + ": " + href);
                    else assertFalse(href.startsWith("/"), f + ": " + href);
                }
            }
        }
    }

    @Test
    void aChapterForSomeReadersSaysWhoItIsFor() throws IOException {
        assertEquals("Mainly for: Mentors and scheme leads", page(site, "welcome.html").selectFirst(".audience").text());
        assertNull(page(site, "timeline.html").selectFirst(".audience"));
    }

    @Test
    void rawHtmlInMarkdownIsShownAsText() throws IOException {
        Document welcome = page(site, "welcome.html");
        assertTrue(welcome.select("article b").isEmpty());
        assertTrue(welcome.selectFirst("article").text().contains("<b>raw html</b>"));
    }

    @Test
    void longPagesListTheirSectionsAndEveryEntryLeadsToAHeading() throws IOException {
        Document welcome = page(site, "welcome.html");
        List<String> toc = welcome.select("nav.toc a").eachAttr("href");
        assertEquals(List.of("#first-heading", "#second-heading", "#third-heading"), toc);
        Document themes = page(site, "themes.html");
        assertEquals(6, themes.select("nav.toc a").size());
    }

    @Test
    void downloadsAreListedWithTheirSize() throws IOException {
        List<Element> items = page(site, "downloads.html").select("li.download");
        assertEquals(List.of("downloads/agreement.pdf", "downloads/diary%20%26%20notes.pdf"),
                items.stream().map(i -> i.selectFirst("a").attr("href")).toList());
        assertEquals(List.of("PDF, 2 KB", "PDF, 3.0 MB"), items.stream().map(i -> i.selectFirst(".download__meta").text()).toList());
    }

    @Test
    void withoutDownloadsThePageSaysSo(@TempDir Path dir) throws Exception {
        SiteBuilder.build(plan, dir, THEME, dir.resolve("out"), List.of());
        assertTrue(page(dir.resolve("out"), "downloads.html").selectFirst("article").text().contains("no downloads"));
    }

    @Test
    void theSearchIndexIsAScriptHoldingEveryPage() throws IOException {
        String index = Files.readString(site.resolve(SearchIndex.FILE));
        assertTrue(index.startsWith("window.FLIPSIDE_SEARCH = ["));
        for (String uri : navOrder(site)) assertTrue(index.contains("\"u\":\"" + uri + "\""), uri);
        assertFalse(index.contains("<"), "no raw < in the script");
        Document search = page(site, "search.html");
        assertEquals(List.of("js/search-index.js", "js/search.js", "js/site.js"), search.select("script").eachAttr("src"));
    }

    @Test
    void twoBuildsAreByteIdentical(@TempDir Path dir) throws Exception {
        SiteBuilder.build(plan, dir, THEME, dir.resolve("a"), List.of());
        SiteBuilder.build(plan, dir, THEME, dir.resolve("b"), List.of());
        assertEquals(allFiles(dir.resolve("a")), allFiles(dir.resolve("b")));
    }

    static Map<String, String> allFiles(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString(), new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void aBrokenLinkOrAnchorFailsTheBuildNamingThePage(@TempDir Path dir) throws Exception {
        String text = "See [nowhere](nowhere.html) and [bad](timeline.html#nope).";
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/welcome.md"), "---\ntitle: Welcome\n---\n\n" + text + "\n");
        Plan broken = TestPlansEdit.withWelcome(plan, text);
        ProblemException e = assertThrows(ProblemException.class,
                () -> SiteBuilder.build(broken, dir, THEME, dir.resolve("out"), List.of()));
        assertEquals(List.of(
                "content/welcome.md:5:15: `welcome.html`: the link `nowhere.html` leads to a page or file that does not exist — correct or remove the link",
                "content/welcome.md:5:39: `welcome.html`: the link `timeline.html#nope` points to `#nope`, which is not on that page — correct or remove the link"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aJavascriptLinkInContentIsRefused(@TempDir Path dir) {
        Plan hostile = TestPlansEdit.withWelcome(plan, "[click](javascript:alert(1)) and [x]( JaVaScRiPt:alert(2))");
        ProblemException e = assertThrows(ProblemException.class,
                () -> SiteBuilder.build(hostile, dir, THEME, dir.resolve("out"), List.of()));
        assertEquals(2, e.problems().size());
        assertTrue(e.problems().get(0).message().startsWith("the link `javascript:alert(1)` uses `javascript:`"), e.getMessage());
    }

    @Test
    void aJavascriptAddressInTheSchemeIsRefused(@TempDir Path dir) {
        Plan hostile = TestPlansEdit.withSignpostUrl(plan, "javascript:alert(1)");
        ProblemException e = assertThrows(ProblemException.class,
                () -> SiteBuilder.build(hostile, dir, THEME, dir.resolve("out"), List.of()));
        assertEquals("scheme.yml: `support.signposting[0].url` must be a web address starting with https:// or http://, "
                + "not `javascript:alert(1)` — write the full address, e.g. https://www.lawcare.org.uk", e.getMessage());
    }

    @Test
    void aTemplateErrorFailsTheBuildWithTheTemplatesLine(@TempDir Path dir) throws Exception {
        Path theme = dir.resolve("theme");
        copyTree(THEME, theme);
        Path timeline = theme.resolve("templates/timeline.ftl");
        Files.writeString(timeline, Files.readString(timeline).replace("<@l.frame>", "<@l.frame>${page.nothing.here}"));
        ProblemException e = assertThrows(ProblemException.class,
                () -> SiteBuilder.build(plan, dir, theme, dir.resolve("out"), List.of()));
        assertEquals(1, e.problems().size());
        assertEquals("themes/theme/templates/timeline.ftl", e.problems().get(0).location().file());
        assertEquals(4, e.problems().get(0).location().line());
        assertTrue(e.problems().get(0).message().startsWith("the template failed while making `timeline.html`"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
            "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"/\")}",
            "${site?api.getClass()}"})
    void templatesCannotCreateObjectsOrReachJava(String code, @TempDir Path dir) throws Exception {
        Path theme = dir.resolve("theme");
        copyTree(THEME, theme);
        Path chapter = theme.resolve("templates/chapter.ftl");
        Files.writeString(chapter, Files.readString(chapter).replace("<@l.frame>", "<@l.frame>" + code));
        ProblemException e = assertThrows(ProblemException.class,
                () -> SiteBuilder.build(plan, dir, theme, dir.resolve("out"), List.of()));
        assertEquals("themes/theme/templates/chapter.ftl", e.problems().get(0).location().file());
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
