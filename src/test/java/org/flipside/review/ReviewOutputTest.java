package org.flipside.review;

import static org.flipside.plan.PlanFixtures.full;
import static org.flipside.plan.PlanFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flipside.model.Scheme;
import org.flipside.util.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewOutputTest {

    @TempDir Path folder;

    private static Review fullReview() {
        return ReviewerTest.review(full());
    }

    @Test
    void theTerminalReviewHasOneLinePerStepThenWhatToDoThenTheScore() {
        List<String> lines = ReviewText.lines(fullReview());

        assertEquals("Review of Calder & Wren Reverse Mentoring — Calder & Wren LLP, Tue 1 Dec 2026", lines.get(0));
        assertEquals("  strong   Purpose and aims     a problem statement; 1 aim; 2 objectives, each linked to a measure;"
                + " linked to Calder & Wren Inclusion Strategy 2025-2028", lines.get(2));
        assertEquals("  partial  Recruitment          open for 18 days; 3 channels", lines.get(5));
        int how = lines.indexOf("How to strengthen it");
        assertEquals(List.of(
                "Recruitment (partial)",
                "  Why it matters: An open, voluntary invitation through several channels reaches people who would not put themselves forward.",
                "  - Nothing says that taking part is voluntary.",
                "    Say plainly that joining is a free choice and that saying no has no consequences; add a line like this to the mentors' eligibility.",
                "    In scheme.yml:",
                "      people:",
                "        mentors:",
                "          eligibility:",
                "            - You are taking part because you want to, not because you were asked to.",
                "",
                "12 of 13 steps strong (1 partial, 0 missing)."), lines.subList(how + 2, lines.size()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonReviewReadsBack() {
        Map<String, Object> json = (Map<String, Object>) Json.parse(Json.write(ReviewJson.of(fullReview())));

        assertEquals(List.of("scheme", "reviewed_on", "score", "steps"), List.copyOf(json.keySet()));
        Map<String, Object> score = (Map<String, Object>) json.get("score");
        assertEquals(12L, score.get("strong"));
        assertEquals("12 of 13 steps strong", score.get("text"));
        List<Map<String, Object>> steps = (List<Map<String, Object>>) json.get("steps");
        assertEquals(13, steps.size());
        Map<String, Object> recruitment = steps.get(3);
        assertEquals("recruitment", recruitment.get("id"));
        assertEquals("partial", recruitment.get("status"));
        List<Map<String, Object>> findings = (List<Map<String, Object>>) recruitment.get("findings");
        assertEquals("voluntary-not-stated", findings.get(0).get("rule"));
    }

    @Test
    void theHtmlPageHasLandmarksHeadingsInOrderAndALanguage() throws IOException {
        Path file = folder.resolve("output/review.html");
        ReviewHtml.write(fullReview(), file);
        Document doc = Jsoup.parse(file.toFile());

        assertEquals("en-GB", doc.selectFirst("html").attr("lang"));
        assertEquals("Scheme review: Calder & Wren Reverse Mentoring", doc.title());
        assertEquals(1, doc.select("header").size());
        assertEquals(1, doc.select("main#main").size());
        assertEquals(1, doc.select("footer").size());
        assertEquals(1, doc.select("h1").size());
        assertEquals("noindex, nofollow", doc.selectFirst("meta[name=robots]").attr("content"));
        assertEquals(List.of("h1", "h2", "h2", "h3"), doc.select("h1, h2, h3").stream().map(Element::tagName).toList());
        assertEquals(13, doc.select("tbody tr").size());
        assertEquals("Recruitment partial", doc.selectFirst("h3").text());
        assertEquals("#step-recruitment", doc.selectFirst("tbody a").attr("href"));
        assertEquals(1, doc.select("#step-recruitment").size());
        assertEquals("12 of 13 steps strong (1 partial, 0 missing).", doc.selectFirst(".score").text());
        assertTrue(doc.select("script, link, img, iframe").isEmpty(), "no scripts and nothing fetched");
        assertEquals(List.of(), Files.list(file.getParent()).filter(p -> !p.equals(file)).toList(), "no temporary file left");
    }

    @Test
    void valuesFromTheSchemeAreTextNeverMarkup() {
        Scheme scheme = full();
        Scheme hostile = with(scheme, "scheme", with(scheme.scheme(), "name", "<script>alert(1)</script>"));

        Document doc = Jsoup.parse(ReviewHtml.render(ReviewerTest.review(hostile)));

        assertTrue(doc.select("script").isEmpty());
        assertEquals("Scheme review: <script>alert(1)</script>", doc.selectFirst("h1").text());
    }

    @Test
    void aBadLanguageTagFallsBackToBritishEnglish() {
        assertEquals("en-GB", ReviewHtml.language("en GB\" onload=\"x"));
        assertEquals("cy-GB", ReviewHtml.language("cy-GB"));
        assertEquals("en-GB", ReviewHtml.language(null));
    }

    @Test
    void thePageIsTheSameEveryTime() {
        assertEquals(ReviewHtml.render(fullReview()), ReviewHtml.render(fullReview()));
        assertFalse(ReviewHtml.render(fullReview()).contains("http"), "no outside addresses");
    }
}
