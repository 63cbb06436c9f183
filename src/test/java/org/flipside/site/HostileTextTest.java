package org.flipside.site;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Text from scheme.yml that looks like code, breaks out of attributes or is merely unusual is shown as text. */
class HostileTextTest {

    static final String LONG_WORD = "Unbreakable".repeat(27) + "xyz";

    static List<String> hostile() {
        return List.of("<script>alert(1)</script>", "\"quoted\" & 'single' `back`", "</title><h1>Injected</h1>",
                "\" onmouseover=\"alert(1)", "مرحبا بكم في البرنامج", "Welcome 🙂👩🏽‍⚖️", LONG_WORD,
                "${scheme.name} <#assign x = 1> [#if true]");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void schemeTextIsShownAsTextOnEveryPage(String text, @TempDir Path dir) throws Exception {
        assertEquals(300, LONG_WORD.length());
        Path out = dir.resolve("site");
        SiteBuilder.build(TestPlans.plan(text), dir, SiteBuilderTest.THEME, out, List.of());
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(out)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            assertTrue(doc.select("script:not([src])").isEmpty(), page + " has an inline script");
            for (Element script : doc.select("script")) assertTrue(script.attr("src").startsWith("js/"), page.toString());
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) assertFalse(a.getKey().startsWith("on"), page + ": " + a);
            }
            assertEquals(1, doc.select("h1").size(), page.toString());
            assertEquals(1, doc.select("title").size(), page.toString());
        }
        Document home = SiteBuilderTest.page(out, "index.html");
        assertEquals("Scheme " + text, home.selectFirst("h1").text());
        assertEquals("Scheme " + text + " · Org " + text, home.title());
        Document themes = SiteBuilderTest.page(out, "themes.html");
        assertTrue(themes.selectFirst("#theme-theme-1 + p").text().contains("Meeting 1"));
        assertEquals("Mentor prompt " + text, themes.selectFirst(".prompts li").text());
        assertEquals("Clause " + text, SiteBuilderTest.page(out, "agreement.html").selectFirst(".clause p").text());
    }
}
