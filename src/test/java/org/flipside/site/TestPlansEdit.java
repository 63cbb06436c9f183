package org.flipside.site;

import java.util.ArrayList;
import java.util.List;
import org.flipside.model.Scheme;
import org.flipside.model.Support;
import org.flipside.model.Support.Signpost;
import org.flipside.plan.Chapter;
import org.flipside.plan.Plan;

/** Small edits to a test plan. */
final class TestPlansEdit {

    private TestPlansEdit() {}

    static Plan withWelcome(Plan p, String markdown) {
        List<Chapter> chapters = new ArrayList<>();
        for (Chapter c : p.chapters()) {
            chapters.add(c.slug().equals("welcome")
                    ? new Chapter("welcome", c.title(), c.summary(), c.audience(), markdown, false, "content/welcome.md") : c);
        }
        return new Plan(p.scheme(), p.buildDate(), p.phases(), p.milestones(), p.meetings(), p.events(), p.recruitment(),
                p.end(), chapters, p.warnings());
    }

    static Plan withSignpostUrl(Plan p, String url) {
        Scheme s = p.scheme();
        Signpost old = s.support().signposting().get(0);
        Support support = new Support(List.of(new Signpost(old.name(), old.description(), old.phone(), old.email(), url,
                old.checked())), s.support().escalation());
        Scheme changed = new Scheme(s.version(), s.organisation(), s.scheme(), s.purpose(), s.voices(), s.people(),
                s.recruitment(), s.matching(), s.timeline(), s.meetings(), s.themes(), s.agreement(), s.diary(), support,
                s.community(), s.evaluation(), s.nextSteps(), s.privacy(), s.handbook(), s.sources());
        return new Plan(changed, p.buildDate(), p.phases(), p.milestones(), p.meetings(), p.events(), p.recruitment(),
                p.end(), p.chapters(), p.warnings());
    }

    /**
     * The plan with {@code count} more Markdown chapters ({@code c001}, {@code c002}, ...) after its welcome
     * chapter, each linking to the next; the built-in chapters follow them.
     */
    static Plan withChapters(Plan p, int count) {
        List<Chapter> chapters = new ArrayList<>();
        chapters.add(p.chapters().get(0));
        for (int i = 1; i <= count; i++) {
            String next = i < count ? String.format("c%03d.html", i + 1) : "index.html";
            chapters.add(new Chapter(String.format("c%03d", i), "Chapter " + i, "Summary of chapter " + i, List.of(),
                    "Text of chapter " + i + ".\n\n## Section\n\nRead on in [the next chapter](" + next + ").\n", false,
                    String.format("content/c%03d.md", i)));
        }
        chapters.addAll(p.chapters().subList(1, p.chapters().size()));
        return new Plan(p.scheme(), p.buildDate(), p.phases(), p.milestones(), p.meetings(), p.events(), p.recruitment(),
                p.end(), chapters, p.warnings());
    }
}
