package org.flipside.site;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flipside.model.Evaluation;
import org.flipside.model.Evaluation.Measure;
import org.flipside.model.NextSteps;
import org.flipside.model.Purpose.Objective;
import org.flipside.model.Scheme;
import org.flipside.model.Support;
import org.flipside.plan.Download;

/** Views of how people are looked after and how the scheme learns: agreement, support, evaluation, next steps, downloads. */
final class CareViews {

    private CareViews() {}

    static Map<String, Object> agreement(Chapters ch, Chapters.Sections sections) {
        var a = ch.plan().scheme().agreement();
        sections.add("clauses", "What we agree").add("signing", "Signing the agreement");
        return View.map(
                "clauses", View.list(a.clauses(), c -> View.map("id", View.anchor("clause", c.id()),
                        "title", c.title(), "text", c.text(), "safeguarding", c.safeguarding())),
                "signatories", View.list(a.signatories(), s -> View.sentence(Words.of(s))),
                "downloadsHref", ch.href("downloads", null));
    }

    static Map<String, Object> support(Chapters ch, Chapters.Sections sections) {
        Scheme s = ch.plan().scheme();
        Support support = s.support();
        sections.add("now", "If you need help now").add("escalation", "Raising a concern");
        if (s.people().buddies() != null) sections.add("buddies", "Your support buddy");
        return View.map(
                "signposts", View.list(support.signposting(), sp -> {
                    Map<String, Object> v = SiteView.signpost(sp);
                    if (sp.checked() == null) v.put("unchecked", Boolean.TRUE);
                    return v;
                }),
                "escalation", View.list(support.escalation(), e -> View.map("concern", e.concern(), "contact", e.contact())),
                "lead", SchemeViews.person(s.people().schemeLead()),
                "buddies", s.people().buddies() == null ? null : View.map(
                        "description", View.text(s.people().buddies().description()),
                        "remit", s.people().buddies().remit()),
                "agreementHref", ch.href("agreement", null));
    }

    static Map<String, Object> evaluation(Chapters ch, Chapters.Sections sections) {
        Evaluation e = ch.plan().scheme().evaluation();
        List<Objective> objectives = ch.plan().scheme().purpose().objectives();
        sections.add("framework", "How we will know it worked").add("measures", "What we measure")
                .add("reporting", "How results are reported");
        return View.map(
                "framework", Words.of(e.framework()),
                "measures", View.list(e.measures(), m -> measure(ch, m, objectives)),
                "minGroupSize", e.reporting().minGroupSize(),
                "audience", View.joinWords(e.reporting().audience().stream().map(Words::of).toList()));
    }

    private static Map<String, Object> measure(Chapters ch, Measure m, List<Objective> objectives) {
        return View.map("id", View.anchor("measure", m.id()), "title", m.title(),
                "level", Words.of(m.level()), "instrument", View.sentence(Words.of(m.instrument())),
                "when", View.joinWords(m.when().stream().map(Words::of).toList()),
                "items", m.items(),
                "objectives", View.list(objectives.stream().filter(o -> o.measures().contains(m.id())).toList(),
                        o -> View.map("text", o.text(), "href", ch.href("purpose", View.anchor("objective", o.id())))));
    }

    static Map<String, Object> nextSteps(Chapters ch, Chapters.Sections sections) {
        NextSteps n = ch.plan().scheme().nextSteps();
        if (n.feedbackSession() != null) sections.add("feedback", "Feedback session");
        if (!n.actions().isEmpty()) sections.add("actions", "What we will do");
        if (!n.continuation().isEmpty()) sections.add("continuing", "After the scheme ends");
        return View.map("feedback", View.date(n.feedbackSession()), "actions", n.actions(),
                "continuation", n.continuation(), "end", View.date(View.lastDay(ch.plan())));
    }

    static Map<String, Object> downloads(Chapters ch, List<Download> downloads, Chapters.Sections sections) {
        // In the order the packs were written, which follows handbook.packs.
        return View.map("files", View.list(downloads, d -> View.map(
                "href", "downloads/" + View.urlPath(d.fileName()), "title", d.title(), "description", View.text(d.description()),
                "size", size(d.bytes()), "format", extension(d.fileName()))));
    }

    static String size(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "File" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
    }
}
