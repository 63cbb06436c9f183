package org.flipside.site;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flipside.model.Matching.Question;
import org.flipside.model.Scheme;
import org.flipside.model.Support.Signpost;
import org.flipside.plan.Chapter;
import org.flipside.plan.MeetingPlan;
import org.flipside.plan.Plan;
import org.flipside.plan.Planner;
import org.flipside.scheme.LoadedScheme;
import org.flipside.scheme.SchemeLoader;
import org.flipside.testing.Shared;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared fixtures, loaded and planned for real, baked, and read back as a reader would. */
class FixtureSiteTest {

    static final LocalDate BUILD_DATE = LocalDate.of(2026, 12, 1);

    static Plan planOf(Path schemeFile) throws Exception {
        Path root = schemeFile.getParent();
        LoadedScheme loaded = SchemeLoader.load(schemeFile, root, BUILD_DATE);
        try {
            return Planner.plan(loaded, root, BUILD_DATE);
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "the planner is not built yet");
            throw e;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"minimal.yml", "full.yml"})
    void everyPageIsBuiltLinkedAndInOrder(String fixture, @TempDir Path dir) throws Exception {
        Path file = Shared.fixture(fixture);
        Plan plan = planOf(file);
        Path out = dir.resolve("site");
        int pages = SiteBuilder.build(plan, file.getParent(), SiteBuilderTest.THEME, out, List.of());

        List<String> expected = new ArrayList<>(List.of("index.html"));
        plan.chapters().forEach(c -> expected.add(c.slug() + ".html"));
        for (String always : Pages.ALWAYS) if (!expected.contains(always + ".html")) expected.add(always + ".html");
        assertEquals(expected, SiteBuilderTest.navOrder(out));
        assertEquals(expected.size() + 1, pages, "every chapter, home and search");

        List<String> forward = new ArrayList<>();
        String at = "index.html";
        while (at != null) {
            forward.add(at);
            Document doc = SiteBuilderTest.page(out, at);
            assertEquals(List.of(at), doc.select("nav.sidebar a[aria-current=page]").eachAttr("href"));
            Element next = doc.selectFirst("nav.pager a[rel=next]");
            at = next == null ? null : next.attr("href");
        }
        assertEquals(expected, forward);

        if (expected.contains("meetings.html")) {
            Document meetings = SiteBuilderTest.page(out, "meetings.html");
            Document timeline = SiteBuilderTest.page(out, "timeline.html");
            for (MeetingPlan m : plan.meetings()) {
                assertEquals(m.date().toString(),
                        meetings.getElementById("meeting-" + m.number()).selectFirst("time").attr("datetime"));
                assertFalse(timeline.select("time[datetime=" + m.date() + "]").isEmpty());
            }
        }

        Map<String, String> files = SiteBuilderTest.allFiles(out);
        for (Question q : plan.scheme().matching().questions()) {
            if (!q.sensitive()) continue;
            for (Map.Entry<String, String> f : files.entrySet()) {
                assertFalse(f.getValue().contains(q.text()), f.getKey() + " holds a sensitive question");
            }
        }

        List<String> allowed = outsideLinksTheAuthorsWrote(plan);
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(f.toFile(), "UTF-8");
                for (Element e : doc.select("[src], link[href]")) {
                    String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                    assertFalse(UrlPolicy.isExternal(url) || url.startsWith("/"), f + ": " + url);
                }
                for (String href : doc.select("a[href]").eachAttr("href")) {
                    if (UrlPolicy.isExternal(href)) assertTrue(allowed.stream().anyMatch(href::contains), f + ": " + href);
                    else assertFalse(href.startsWith("/"), f + ": " + href);
                }
            }
        }
    }

    /** Addresses written in scheme.yml or in a chapter: the only places a link out of the site may come from. */
    static List<String> outsideLinksTheAuthorsWrote(Plan plan) {
        Scheme s = plan.scheme();
        List<String> allowed = new ArrayList<>();
        if (s.organisation().contact() != null) {
            if (s.organisation().contact().intranet() != null) allowed.add(s.organisation().contact().intranet());
            if (s.organisation().contact().email() != null) allowed.add("mailto:" + s.organisation().contact().email());
        }
        for (Signpost sp : s.support().signposting()) {
            if (sp.url() != null) allowed.add(sp.url());
            if (sp.email() != null) allowed.add("mailto:" + sp.email());
            if (sp.phone() != null) allowed.add("tel:" + sp.phone().replaceAll("[^0-9+]", ""));
        }
        if (s.people().schemeLead() != null && s.people().schemeLead().email() != null) {
            allowed.add("mailto:" + s.people().schemeLead().email());
        }
        if (s.people().sponsor() != null && s.people().sponsor().email() != null) {
            allowed.add("mailto:" + s.people().sponsor().email());
        }
        if (s.privacy().contact() != null) allowed.add("mailto:" + s.privacy().contact());
        for (Chapter c : plan.chapters()) allowed.addAll(Markdown.linkTargets(c.markdown()));
        allowed.removeIf(u -> !UrlPolicy.isExternal(u));
        return allowed;
    }

}
