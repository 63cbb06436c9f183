package org.flipside.site;

import org.flipside.testing.BrowserSession;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flipside.plan.Plan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page in headless Chromium, in light and in
 * dark mode, and checks that no page scrolls sideways at 320 px wide, even with a 300-character word in it.
 */
class AccessibilityTest {

    static BrowserSession browser;
    static String axe;

    @BeforeAll
    static void start() throws IOException {
        axe = BrowserSession.axeSource();
        browser = BrowserSession.open();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.close();
    }

    @Test
    void everyPageOfTheTestHandbookPassesAxeInLightAndDarkMode(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        SiteBuilder.build(TestPlans.plan("x"), dir, SiteBuilderTest.THEME, site, List.of());
        assertNoViolations(site);
    }

    @Test
    void theExampleHandbookPassesAxeInLightAndDarkMode(@TempDir Path dir) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Plan plan = FixtureSiteTest.planOf(root.resolve("scheme.yml"));
        Path site = dir.resolve("site");
        SiteBuilder.build(plan, root, SiteBuilderTest.THEME, site, List.of());
        assertNoViolations(site);
    }

    @Test
    void theContentsPageAndAShortenedSidebarOfALargeHandbookPassAxe(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        SiteBuilder.build(TestPlansEdit.withChapters(TestPlans.plan("x"), 80), dir, SiteBuilderTest.THEME, site, List.of());
        assertNoViolations(site, List.of(site.resolve("contents.html"), site.resolve("c040.html"), site.resolve("search.html")));
    }

    @Test
    void noPageScrollsSidewaysAt320PixelsWide(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        SiteBuilder.build(TestPlans.plan(HostileTextTest.LONG_WORD), dir, SiteBuilderTest.THEME, site, List.of());
        List<String> wide = new ArrayList<>();
        browser.colourScheme("light");
        browser.viewport(320, 800);
        try {
            for (Path page : pages(site)) {
                browser.driver.get(page.toUri().toString());
                long scrollWidth = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth;");
                if (scrollWidth > 320) wide.add(site.relativize(page) + " is " + scrollWidth + " px wide");
            }
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
        assertEquals(List.of(), wide);
    }

    @Test
    void searchFindsPagesWhenOpenedFromAFolder(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        SiteBuilder.build(TestPlans.plan("x"), dir, SiteBuilderTest.THEME, site, List.of());
        browser.driver.get(site.resolve("search.html").toUri() + "?q=Mentor+prompt");
        @SuppressWarnings("unchecked")
        List<String> results = (List<String>) browser.driver.executeScript(
                "return Array.from(document.querySelectorAll('#search-results a')).map(a => a.getAttribute('href'));");
        assertEquals("themes.html", results.get(0), "the page with the words in its text ranks first");
        String status = (String) browser.driver.executeScript("return document.getElementById('search-status').textContent;");
        assertEquals(results.size() + " pages match \"Mentor prompt\".", status);
        @SuppressWarnings("unchecked")
        List<String> marked = (List<String>) browser.driver.executeScript(
                "return Array.from(document.querySelectorAll('#search-results mark')).map(m => m.textContent.toLowerCase());");
        assertFalse(marked.isEmpty());
        assertTrue(marked.stream().allMatch("mentor"::equals), marked.toString());
        browser.driver.get(site.resolve("search.html").toUri() + "?q=zebra");
        status = (String) browser.driver.executeScript("return document.getElementById('search-status').textContent;");
        assertEquals("No pages match \"zebra\".", status);
    }

    private static void assertNoViolations(Path site) throws IOException {
        assertNoViolations(site, pages(site));
    }

    private static void assertNoViolations(Path site, List<Path> pages) throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path page : pages) {
            browser.colourScheme("light");
            browser.driver.get(page.toUri().toString());
            browser.injectAxe(axe);
            // Media features apply to the loaded page at once, so each page is loaded once and checked twice.
            for (String scheme : List.of("light", "dark")) {
                browser.colourScheme(scheme);
                Boolean dark = (Boolean) browser.driver.executeScript(
                        "return window.matchMedia('(prefers-color-scheme: dark)').matches;");
                assertEquals(scheme.equals("dark"), dark, "colour scheme emulation");
                List<String> found = browser.axeViolations();
                for (String v : found) {
                    violations.add(scheme + " " + site.relativize(page) + ": " + (v.length() > 300 ? v.substring(0, 300) + "..." : v));
                }
            }
        }
        browser.colourScheme("light");
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
