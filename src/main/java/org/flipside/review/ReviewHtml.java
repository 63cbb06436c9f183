package org.flipside.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.flipside.util.HumanDates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The review as one self-contained page for the scheme lead: no scripts, no outside requests, styles inline,
 * landmarks and headings in order, status given in words as well as colour (WCAG 2.2 AA). Built with
 * jsoup's element API, so every value from scheme.yml is escaped as text. Marked {@code noindex}: it is not
 * part of the handbook, and the handbook never links to it.
 */
public final class ReviewHtml {

    private static final String STYLE = """
            :root { color-scheme: light; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5;
                   color: #1a1a1a; background: #ffffff; margin: 0; }
            .skip { position: absolute; left: -999px; top: 0; background: #ffffff; color: #0b3d91; padding: .5rem; }
            .skip:focus { left: .5rem; }
            header, main, footer { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem; }
            header { border-bottom: 1px solid #595959; }
            h1 { font-size: 1.8rem; margin: .5rem 0; }
            h2 { font-size: 1.4rem; margin-top: 2rem; }
            h3 { font-size: 1.15rem; margin-top: 1.5rem; }
            .score { font-size: 1.2rem; font-weight: 600; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            th, td, h1, p { overflow-wrap: anywhere; }
            caption { text-align: left; font-weight: 600; padding: .5rem 0; }
            th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid #767676; }
            .status { display: inline-block; font-weight: 700; padding: 0 .4rem; border: 2px solid currentColor;
                      border-radius: .3rem; }
            .strong { color: #1b5e20; }
            .partial { color: #7a4100; }
            .missing { color: #a1001f; }
            .why { font-style: italic; }
            pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f3f3; color: #1a1a1a;
                  border-left: 4px solid #595959; padding: .6rem .8rem; }
            footer { color: #4a4a4a; border-top: 1px solid #595959; margin-top: 2rem; }
            @media print { .skip { display: none; } }
            """;

    private ReviewHtml() {}

    /** The page's HTML. */
    public static String render(Review review) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true);
        doc.prependChild(new DocumentType("html", "", ""));
        doc.selectFirst("html").attr("lang", language(review.language()));
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "robots").attr("content", "noindex, nofollow");
        head.appendElement("title").text("Scheme review: " + review.schemeName());
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));

        Element body = doc.body();
        body.appendElement("a").addClass("skip").attr("href", "#main").text("Skip to the review");
        Element header = body.appendElement("header");
        header.appendElement("h1").text("Scheme review: " + review.schemeName());
        header.appendElement("p").text(review.organisation() + ". Reviewed on " + HumanDates.format(review.reviewedOn())
                + " against each step of the reverse mentoring journey.");

        Element main = body.appendElement("main").attr("id", "main");
        main.appendElement("p").addClass("score").text(ReviewText.scoreLine(review));
        summary(main, review);
        details(main, review);

        Element footer = body.appendElement("footer");
        footer.appendElement("p").text("Written by Flipside from scheme.yml, for the scheme lead. This page is advice,"
                + " not a verdict, and it is not part of the handbook. Run `flipside review` again after each change.");
        return doc.outerHtml() + "\n";
    }

    private static void summary(Element main, Review review) {
        Element section = main.appendElement("section").attr("aria-labelledby", "summary");
        section.appendElement("h2").attr("id", "summary").text("Summary");
        Element table = section.appendElement("table");
        table.appendElement("caption").text("Each step of the journey, and what is already in place");
        Element headRow = table.appendElement("thead").appendElement("tr");
        headRow.appendElement("th").attr("scope", "col").text("Step");
        headRow.appendElement("th").attr("scope", "col").text("Status");
        headRow.appendElement("th").attr("scope", "col").text("What is in place");
        Element rows = table.appendElement("tbody");
        for (StepReview step : review.steps()) {
            Element row = rows.appendElement("tr");
            Element name = row.appendElement("th").attr("scope", "row");
            if (step.status() == Status.STRONG) {
                name.text(step.title());
            } else {
                name.appendElement("a").attr("href", "#step-" + step.id()).text(step.title());
            }
            status(row.appendElement("td"), step.status());
            row.appendElement("td").text(step.strengths().isEmpty() ? "Nothing yet" : String.join("; ", step.strengths()) + ".");
        }
    }

    private static void details(Element main, Review review) {
        var weaker = review.steps().stream().filter(s -> s.status() != Status.STRONG).toList();
        Element section = main.appendElement("section").attr("aria-labelledby", "strengthen");
        section.appendElement("h2").attr("id", "strengthen").text("How to strengthen it");
        if (weaker.isEmpty()) {
            section.appendElement("p").text("Every step is strong. Keep the signposting details checked, and review again before the next cohort.");
            return;
        }
        for (StepReview step : weaker) {
            Element article = section.appendElement("article").attr("id", "step-" + step.id())
                    .attr("aria-labelledby", "title-" + step.id());
            Element h3 = article.appendElement("h3").attr("id", "title-" + step.id());
            h3.appendText(step.title() + " ");
            status(h3, step.status());
            article.appendElement("p").addClass("why").text("Why it matters: " + step.why());
            Element list = article.appendElement("ul");
            for (Finding f : step.findings()) {
                Element item = list.appendElement("li");
                item.appendElement("p").appendElement("strong").text(f.message());
                item.appendElement("p").text(f.suggestion());
                if (f.yaml() != null) {
                    item.appendElement("p").text("In scheme.yml:");
                    item.appendElement("pre").appendElement("code").text(f.yaml());
                }
            }
        }
    }

    private static void status(Element parent, Status status) {
        parent.appendElement("span").addClass("status").addClass(status.label()).text(status.label());
    }

    /** A well-formed language tag for the page, else {@code en-GB}. */
    static String language(String tag) {
        return tag != null && tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*") ? tag : "en-GB";
    }

    /** Writes the page to {@code file} whole or not at all (through a temporary file in the same folder). */
    public static void write(Review review, Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, render(review), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
