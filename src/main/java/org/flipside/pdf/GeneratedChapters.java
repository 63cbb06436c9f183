package org.flipside.pdf;

import java.util.List;
import java.util.stream.Collectors;
import org.flipside.model.Agreement;
import org.flipside.model.Diary;
import org.flipside.model.Evaluation;
import org.flipside.model.Matching;
import org.flipside.model.People;
import org.flipside.model.Purpose;
import org.flipside.model.Scheme;
import org.flipside.model.Support;
import org.flipside.model.Theme;
import org.flipside.plan.EventPlan;
import org.flipside.plan.MeetingPlan;
import org.flipside.plan.MilestonePlan;
import org.flipside.plan.PhasePlan;
import org.flipside.plan.Plan;

/**
 * The built-in chapters, written as Markdown from the scheme so that they are drawn by the same
 * {@link MarkdownPdf} as the chapters people write. Every value from the scheme is escaped, so a stray
 * {@code *} or {@code [} in scheme.yml prints as itself. Sensitive questions are never listed.
 */
final class GeneratedChapters {

    private GeneratedChapters() {}

    /** The Markdown of built-in chapter {@code slug}; empty for a name that has no generated content. */
    static String markdown(String slug, Plan plan, List<String> downloads) {
        Scheme s = plan.scheme();
        StringBuilder md = new StringBuilder();
        switch (slug) {
            case "purpose" -> purpose(md, s.purpose());
            case "people" -> people(md, s.people());
            case "timeline" -> timeline(md, plan);
            case "matching" -> matching(md, s.matching());
            case "meetings" -> meetings(md, plan);
            case "themes" -> themes(md, plan);
            case "agreement" -> agreement(md, s.agreement());
            case "diary" -> diary(md, s.diary());
            case "support" -> support(md, s.support());
            case "community" -> community(md, plan);
            case "evaluation" -> evaluation(md, s.evaluation());
            case "next-steps" -> nextSteps(md, s);
            case "privacy" -> privacy(md, s);
            case "downloads" -> downloads.forEach(d -> md.append("- ").append(e(d)).append('\n'));
            default -> { }
        }
        return md.toString();
    }

    private static void purpose(StringBuilder md, Purpose p) {
        md.append("## The problem we are addressing\n\n").append(e(p.problem())).append("\n\n");
        md.append("## Our aims\n\n");
        p.aims().forEach(a -> md.append("- ").append(e(a)).append('\n'));
        md.append("\n## Our objectives\n\n| Objective | How we will know |\n|---|---|\n");
        p.objectives().forEach(o -> md.append("| ").append(cell(o.text())).append(" | ")
                .append(cell(String.join(", ", o.measures()))).append(" |\n"));
        md.append('\n');
        if (!p.strategyLinks().isEmpty()) md.append("**Linked strategy:** ").append(e(String.join("; ", p.strategyLinks()))).append("\n\n");
        if (!p.outOfScope().isEmpty()) md.append("**Out of scope:** ").append(e(String.join("; ", p.outOfScope()))).append("\n\n");
    }

    private static void people(StringBuilder md, People p) {
        if (p.schemeLead() != null) md.append("**Scheme lead:** ").append(person(p.schemeLead())).append("\n\n");
        if (p.sponsor() != null) md.append("**Sponsor:** ").append(person(p.sponsor())).append("\n\n");
        group(md, "Mentors", p.mentors());
        group(md, "Mentees", p.mentees());
        if (p.buddies() != null) {
            md.append("## Support buddies\n\n");
            if (p.buddies().description() != null) md.append(e(p.buddies().description())).append("\n\n");
            p.buddies().remit().forEach(r -> md.append("- ").append(e(r)).append('\n'));
            md.append('\n');
        }
        if (!p.partners().isEmpty()) {
            md.append("## Partners\n\n");
            p.partners().forEach(x -> md.append("- **").append(e(x.name())).append("**")
                    .append(x.role() == null ? "" : ": " + e(x.role())).append('\n'));
            md.append('\n');
        }
    }

    private static void group(StringBuilder md, String title, People.ParticipantGroup g) {
        if (g == null) return;
        md.append("## ").append(title).append("\n\n");
        if (g.description() != null) md.append(e(g.description())).append("\n\n");
        if (!g.eligibility().isEmpty()) {
            md.append("**Who can take part**\n\n");
            g.eligibility().forEach(x -> md.append("- ").append(e(x)).append('\n'));
            md.append('\n');
        }
        if (!g.expectations().isEmpty()) {
            md.append("**What we ask of you**\n\n");
            g.expectations().forEach(x -> md.append("- ").append(e(x)).append('\n'));
            md.append('\n');
        }
        if (g.commitment() != null && g.commitment().hoursPerMonth() != null) {
            md.append("**Time:** about ").append(g.commitment().hoursPerMonth()).append(" hours a month")
                    .append(g.commitment().months() == null ? "" : " for " + g.commitment().months() + " months")
                    .append(".\n\n");
        }
    }

    private static void timeline(StringBuilder md, Plan plan) {
        md.append("## Phases\n\n| Phase | From | Until |\n|---|---|---|\n");
        for (PhasePlan p : plan.phases()) {
            String weeks = p.phase().isRange() ? " (" + p.phase().minWeeks() + "–" + p.phase().maxWeeks() + " weeks)"
                    : " (" + p.phase().maxWeeks() + " weeks)";
            md.append("| ").append(cell(p.phase().title() + weeks)).append(" | ").append(PackContext.shortDate(p.start()))
                    .append(" | ").append(PackContext.shortDate(p.end().minusDays(1))).append(" |\n");
        }
        md.append('\n');
        if (plan.recruitment() != null) {
            md.append("**Recruitment** is open from ").append(PackContext.longDate(plan.recruitment().start()))
                    .append(" to ").append(PackContext.longDate(plan.recruitment().end())).append(".\n\n");
        }
        if (!plan.milestones().isEmpty()) {
            md.append("## Milestones\n\n");
            for (MilestonePlan m : plan.milestones()) {
                md.append("- **").append(PackContext.longDate(m.date())).append("**: ").append(e(m.milestone().title())).append('\n');
            }
            md.append('\n');
        }
    }

    private static void matching(StringBuilder md, Matching m) {
        md.append("## How pairs are made\n\n");
        QuestionnairePack.MatchingRules.explain(m).forEach(r -> md.append("- ").append(e(r)).append('\n'));
        md.append("\n## The questionnaire\n\n");
        long sensitive = m.questions().stream().filter(Matching.Question::sensitive).count();
        m.questions().stream().filter(q -> !q.sensitive())
                .forEach(q -> md.append("- ").append(e(q.text())).append(" *(").append(audience(q)).append(")*\n"));
        if (sensitive > 0) {
            md.append("\nThe questionnaire also has ").append(sensitive == 1 ? "one question" : sensitive + " questions")
                    .append(" marked *seen only by the matcher*: answers to ").append(sensitive == 1 ? "it" : "them")
                    .append(" are read by the matcher and nobody else.\n");
        }
        md.append('\n');
    }

    private static String audience(Matching.Question q) {
        return switch (q.audience()) {
            case MENTOR -> "mentors";
            case MENTEE -> "mentees";
            case BOTH -> "everyone";
        };
    }

    private static void meetings(StringBuilder md, Plan plan) {
        var m = plan.scheme().meetings();
        md.append("Pairs meet ").append(m.count()).append(" times, every ").append(m.everyWeeks())
                .append(" weeks, for about ").append(m.minutes()).append(" minutes");
        if (!m.formats().isEmpty()) {
            md.append(", ").append(m.formats().stream().map(AgreementPack::format).collect(Collectors.joining(" or ")));
        }
        md.append(".");
        if (m.venue() != null) md.append(" Where: ").append(e(m.venue())).append('.');
        md.append("\n\n| Meeting | Week of | Theme |\n|---|---|---|\n");
        for (MeetingPlan meeting : plan.meetings()) {
            md.append("| ").append(meeting.number()).append(" | ").append(PackContext.shortDate(meeting.date()))
                    .append(" | ").append(meeting.theme() == null ? "Open" : cell(meeting.theme().title())).append(" |\n");
        }
        md.append('\n');
    }

    private static void themes(StringBuilder md, Plan plan) {
        for (Theme t : plan.scheme().themes()) {
            md.append("## ").append(e(t.title())).append("\n\n");
            plan.meetings().stream().filter(m -> m.theme() != null && m.theme().id().equals(t.id())).findFirst()
                    .ifPresent(m -> md.append("*Meeting ").append(m.number()).append(", week of ")
                            .append(PackContext.longDate(m.date())).append("*\n\n"));
            if (t.summary() != null) md.append(e(t.summary())).append("\n\n");
            if (t.before() != null) md.append("**Before you meet:** ").append(e(t.before())).append("\n\n");
            prompts(md, "For the mentor", t.prompts().mentor());
            prompts(md, "For the mentee", t.prompts().mentee());
            prompts(md, "Together", t.prompts().both());
        }
    }

    private static void prompts(StringBuilder md, String title, List<String> prompts) {
        if (prompts.isEmpty()) return;
        md.append("**").append(title).append("**\n\n");
        prompts.forEach(p -> md.append("- ").append(e(p)).append('\n'));
        md.append('\n');
    }

    private static void agreement(StringBuilder md, Agreement a) {
        int n = 1;
        for (Agreement.Clause c : a.clauses()) {
            md.append("### ").append(n++).append(". ").append(e(c.title())).append("\n\n").append(e(c.text())).append("\n\n");
        }
        md.append("Signed by: ").append(e(a.signatories().stream().map(PackContext::roleTitle)
                .map(r -> r.toLowerCase(java.util.Locale.UK)).collect(Collectors.joining(", ")))).append(".\n\n");
    }

    private static void diary(StringBuilder md, Diary d) {
        md.append("## After each meeting\n\n");
        d.prompts().forEach(p -> md.append("- ").append(e(p)).append('\n'));
        md.append('\n');
        for (Diary.Checkpoint c : d.checkpoints()) {
            md.append("## ").append(e(DiaryPack.checkpointTitle(c.id()))).append("\n\n");
            c.prompts().forEach(p -> md.append("- ").append(e(p)).append('\n'));
            md.append('\n');
        }
    }

    private static void support(StringBuilder md, Support s) {
        md.append("## Where to turn\n\n");
        for (Support.Signpost p : s.signposting()) {
            md.append("### ").append(e(p.name())).append("\n\n");
            if (p.description() != null) md.append(e(p.description())).append("\n\n");
            if (p.phone() != null) md.append("- Phone: ").append(e(p.phone())).append('\n');
            if (p.email() != null) md.append("- Email: ").append(e(p.email())).append('\n');
            if (p.url() != null) md.append("- Website: ").append(e(p.url())).append('\n');
            if (p.checked() != null) md.append("- Details checked on ").append(PackContext.longDate(p.checked())).append('\n');
            md.append('\n');
        }
        if (!s.escalation().isEmpty()) {
            md.append("## When something goes wrong\n\n| If | Contact |\n|---|---|\n");
            s.escalation().forEach(r -> md.append("| ").append(cell(r.concern())).append(" | ").append(cell(r.contact())).append(" |\n"));
            md.append('\n');
        }
    }

    private static void community(StringBuilder md, Plan plan) {
        if (plan.events().isEmpty()) return;
        md.append("| Date | Event | For |\n|---|---|---|\n");
        for (EventPlan ev : plan.events()) {
            md.append("| ").append(PackContext.shortDate(ev.date())).append(" | ").append(cell(ev.event().title()))
                    .append(" | ").append(cell(ev.event().audience() == null ? "all" : ev.event().audience())).append(" |\n");
        }
        md.append('\n');
    }

    private static void evaluation(StringBuilder md, Evaluation ev) {
        md.append("| Measure | Level | How | When |\n|---|---|---|---|\n");
        for (Evaluation.Measure m : ev.measures()) {
            md.append("| ").append(cell(m.title())).append(" | ").append(m.level().key()).append(" | ")
                    .append(m.instrument().key()).append(" | ")
                    .append(m.when().stream().map(w -> w.key().replace('_', '-')).collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        md.append("\nResults for groups of fewer than ").append(ev.reporting().minGroupSize())
                .append(" people are never shown, so no answer can be traced to a person.\n\n");
    }

    private static void nextSteps(StringBuilder md, Scheme s) {
        var n = s.nextSteps();
        if (n == null) return;
        if (n.feedbackSession() != null) {
            md.append("**Feedback session:** ").append(PackContext.longDate(n.feedbackSession())).append("\n\n");
        }
        if (!n.actions().isEmpty()) {
            md.append("## What we will do\n\n");
            n.actions().forEach(a -> md.append("- ").append(e(a)).append('\n'));
            md.append('\n');
        }
        if (!n.continuation().isEmpty()) {
            md.append("## After the scheme\n\n");
            n.continuation().forEach(a -> md.append("- ").append(e(a)).append('\n'));
            md.append('\n');
        }
    }

    private static void privacy(StringBuilder md, Scheme s) {
        var p = s.privacy();
        if (p == null) return;
        md.append("**Who is responsible for your data:** ").append(e(p.controller())).append("\n\n");
        if (p.contact() != null) md.append("**Questions about your data:** ").append(e(p.contact())).append("\n\n");
        md.append("We collect your questionnaire answers to match you, and anonymous survey answers to evaluate the scheme. ")
                .append("Answers to questions marked *seen only by the matcher* are read by the matcher and nobody else. ")
                .append("Matching and survey data are deleted ").append(p.retentionMonths()).append(" months after they are collected.\n\n");
    }

    private static String person(People.Person p) {
        return e(p.name()) + (p.role() == null ? "" : ", " + e(p.role())) + (p.email() == null ? "" : " (" + e(p.email()) + ")");
    }

    /** Escapes every ASCII punctuation character Markdown might read as syntax. */
    static String e(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder();
        for (char c : text.strip().replaceAll("\\s*\\n\\s*", " ").toCharArray()) {
            if ("\\`*_{}[]<>()#+-.!|~&".indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }

    private static String cell(String text) {
        return e(text);
    }
}
