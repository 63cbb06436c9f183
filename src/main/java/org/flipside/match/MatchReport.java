package org.flipside.match;

import org.flipside.util.Html;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flipside.model.Matching;
import org.flipside.model.Matching.Question;

/**
 * Writes {@code report.html} for the independent matcher: a self-contained, accessible page with each pair's
 * score rule by rule, every answer (sensitive ones included: this page is the only place they appear), the next
 * best alternatives, the constraints that ruled candidates out, the pinned pairs and the people left unpaired.
 */
public final class MatchReport {

    /** How many people each exclusion list names before it says "and N more". */
    static final int NAMES_SHOWN = 8;

    private final MatchResult result;
    private final Matching matching;
    private final ReportContext context;
    private final StringBuilder html = new StringBuilder(1 << 16);

    private MatchReport(MatchResult result, Matching matching, ReportContext context) {
        this.result = result;
        this.matching = matching;
        this.context = context;
    }

    public static void write(MatchResult result, Matching matching, ReportContext context, Path file) throws IOException {
        Files.writeString(file, render(result, matching, context), StandardCharsets.UTF_8);
    }

    public static String render(MatchResult result, Matching matching, ReportContext context) {
        return new MatchReport(result, matching, context).render();
    }

    private String render() {
        String title = "Matching report: " + context.schemeName();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(context.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex, nofollow\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the report</a>\n<header>\n")
                .append("<p class=\"notice\" role=\"note\"><strong>Confidential: personal data.</strong> This report holds")
                .append(" everyone's answers, including sensitive ones. Do not share, print for others or publish it.")
                .append(deleteSentence()).append("</p>\n")
                .append("<h1>").append(Html.escape(title)).append("</h1>\n<p>")
                .append(Html.escape(context.organisation())).append(" · from ").append(Html.escape(context.responsesFile()));
        if (context.matcher() != null) html.append(" · for ").append(Html.escape(context.matcher()));
        html.append("</p>\n</header>\n<main id=\"main\">\n");
        summary();
        pinned();
        pairs();
        unmatched();
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private String deleteSentence() {
        String months = " Delete it " + context.retentionMonths() + " month" + (context.retentionMonths() == 1 ? "" : "s")
                + " after the scheme ends (<code>privacy.retention_months</code>)";
        return context.deleteBy() == null ? months + "." : months + ", by " + Html.escape(context.deleteBy()) + ".";
    }

    private void summary() {
        Cohort cohort = result.cohort();
        html.append("<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n<dl>\n");
        term("People", cohort.mentors().size() + " mentors, " + cohort.mentees().size() + " mentees");
        term("Pairs", result.pairs().size() + " (" + result.pinned().size() + " pinned with --fix)");
        term("Unpaired", String.valueOf(result.unmatched().size()));
        term("Total score", Reasons.points(result.totalScore()) + " (a pair can score at most "
                + Reasons.points(cohort.maximumScore()) + ")");
        term("Mentees per mentor", String.valueOf(result.capacity()));
        html.append("</dl>\n<h3>Rules applied</h3>\n<ul>\n");
        for (Matching.Rule rule : matching.rules()) html.append("<li>").append(Html.escape(ruleText(rule))).append("</li>\n");
        if (matching.rules().isEmpty()) html.append("<li>No rules: every pair is allowed and scores 0.</li>\n");
        html.append("</ul>\n<p>The pairing makes as many pairs as the rules allow and, among those, the highest total score."
                + " A pair's score adds, for each <code>prefer</code> rule, its weight times how much the two answers overlap.</p>\n"
                + "</section>\n");
    }

    static String ruleText(Matching.Rule rule) {
        return switch (rule.kind()) {
            case NEVER_SAME_REPORTING_LINE -> "never: same_reporting_line (neither is in the other's management chain)";
            case NEVER_SAME_TEAM -> "never: same_team";
            case NEVER_PREVIOUS_PAIR -> "never: previous_pair";
            case PREFER_SHARED_ANSWERS, PREFER_DIFFERENT_ANSWERS -> "prefer: " + rule.kind().key().substring("prefer_".length())
                    + " on " + rule.question() + ", weight " + rule.weight()
                    + (rule.required() ? ", required (a pair must share at least one answer)" : "");
        };
    }

    private void term(String name, String value) {
        html.append("<dt>").append(Html.escape(name)).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
    }

    private void pinned() {
        html.append("<section aria-labelledby=\"pinned\">\n<h2 id=\"pinned\">Pinned pairs</h2>\n");
        List<MatchResult.Pair> pinned = result.pinned();
        if (pinned.isEmpty()) {
            html.append("<p>No pairs were pinned: every pair below was chosen by the optimisation.</p>\n");
        } else {
            html.append("<p>These pairs were fixed with <code>--fix</code> before the rest were optimised.</p>\n<ul>\n");
            for (MatchResult.Pair p : pinned) {
                html.append("<li>").append(Html.escape(p.mentor().label())).append(" with ")
                        .append(Html.escape(p.mentee().label())).append(", score ").append(Reasons.points(p.score())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private void pairs() {
        html.append("<section aria-labelledby=\"pairs\">\n<h2 id=\"pairs\">Pairs</h2>\n");
        if (result.pairs().isEmpty()) html.append("<p>No pairs could be made.</p>\n");
        int n = 0;
        for (MatchResult.Pair pair : result.pairs()) {
            n++;
            html.append("<article aria-labelledby=\"pair-").append(n).append("\">\n<h3 id=\"pair-").append(n).append("\">")
                    .append(n).append(". ").append(Html.escape(pair.mentor().name())).append(" (mentor) and ")
                    .append(Html.escape(pair.mentee().name())).append(" (mentee)</h3>\n<p>Score <strong>")
                    .append(Reasons.points(pair.score())).append("</strong>")
                    .append(pair.pinned() ? " · <strong>pinned</strong> with --fix" : "").append(" · ")
                    .append(Html.escape(pair.mentor().email())).append(" · ").append(Html.escape(pair.mentee().email()))
                    .append("</p>\n");
            breakdown(pair.assessment(), n);
            answers(pair.mentor(), pair.mentee(), n);
            alternativesAndExclusions(pair.mentor());
            alternativesAndExclusions(pair.mentee());
            html.append("</article>\n");
        }
        html.append("</section>\n");
    }

    private void breakdown(Assessment assessment, int n) {
        if (assessment.parts().isEmpty()) {
            html.append("<p>No <code>prefer</code> rules, so every allowed pair scores 0.</p>\n");
            return;
        }
        html.append("<table>\n<caption>Score of pair ").append(n).append(", rule by rule</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Rule</th><th scope=\"col\">Mentor's answer</th><th scope=\"col\">Mentee's answer</th>")
                .append("<th scope=\"col\">Overlap</th><th scope=\"col\">Points</th></tr></thead>\n<tbody>\n");
        for (Assessment.Part part : assessment.parts()) {
            String id = part.question().id();
            html.append("<tr><th scope=\"row\">").append(Html.escape(ruleText(part.rule()))).append("</th><td>")
                    .append(answerCell(assessment.mentor(), id)).append("</td><td>")
                    .append(answerCell(assessment.mentee(), id)).append("</td><td>")
                    .append(part.answered() ? Reasons.percent(part.similarity()) + " alike" : "not answered")
                    .append("</td><td>").append(Reasons.points(part.points())).append("</td></tr>\n");
        }
        html.append("</tbody>\n<tfoot><tr><th scope=\"row\" colspan=\"4\">Total</th><td>")
                .append(Reasons.points(assessment.score())).append("</td></tr></tfoot>\n</table>\n");
    }

    private static String answerCell(Person person, String questionId) {
        List<String> answer = person.answer(questionId);
        return answer.isEmpty() ? "<em>no answer</em>" : Html.escape(String.join("; ", answer));
    }

    private void answers(Person mentor, Person mentee, int n) {
        html.append("<details>\n<summary>All answers of pair ").append(n).append("</summary>\n<table>\n<caption>Answers")
                .append(" (sensitive ones are marked; they appear nowhere else)</caption>\n<thead><tr><th scope=\"col\">Question</th>")
                .append("<th scope=\"col\">Mentor</th><th scope=\"col\">Mentee</th></tr></thead>\n<tbody>\n");
        for (Question q : matching.questions()) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(q.text()))
                    .append(q.sensitive() ? " <strong class=\"sensitive\">(sensitive)</strong>" : "").append("</th><td>")
                    .append(answerCell(mentor, q.id())).append("</td><td>").append(answerCell(mentee, q.id())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</details>\n");
    }

    private void alternativesAndExclusions(Person person) {
        html.append("<h4>").append(Html.escape(person.name())).append(" (").append(person.role().key()).append(")</h4>\n");
        List<Assessment> alternatives = result.alternatives(person, 2);
        if (alternatives.isEmpty()) {
            html.append("<p>No other compatible ").append(otherSide(person)).append(".</p>\n");
        } else {
            html.append("<p>Next-best alternatives:</p>\n<ol>\n");
            for (Assessment a : alternatives) {
                Person other = person.role() == Role.MENTOR ? a.mentee() : a.mentor();
                List<Person> theirs = result.partners(other);
                html.append("<li>").append(Html.escape(other.label())).append(", score ").append(Reasons.points(a.score()))
                        .append(theirs.isEmpty() ? " (unpaired)" : " (paired with " + Html.escape(names(theirs)) + ")")
                        .append("</li>\n");
            }
            html.append("</ol>\n");
        }
        exclusions(person);
    }

    private void exclusions(Person person) {
        Map<Constraint, List<Person>> excluded = result.cohort().exclusions(person);
        if (excluded.isEmpty()) {
            html.append("<p>No ").append(otherSide(person)).append(" was ruled out.</p>\n");
            return;
        }
        html.append("<p>Ruled out:</p>\n<ul>\n");
        excluded.forEach((constraint, people) -> {
            html.append("<li>").append(people.size()).append(" by ").append(Html.escape(constraint.label())).append(": ");
            List<Person> shown = people.subList(0, Math.min(NAMES_SHOWN, people.size()));
            html.append(Html.escape(names(shown)));
            if (people.size() > shown.size()) html.append(" and ").append(people.size() - shown.size()).append(" more");
            html.append("</li>\n");
        });
        html.append("</ul>\n");
    }

    private static String names(List<Person> people) {
        return String.join(", ", people.stream().map(Person::name).toList());
    }

    private static String otherSide(Person person) {
        return person.role() == Role.MENTOR ? "mentee" : "mentor";
    }

    private void unmatched() {
        html.append("<section aria-labelledby=\"unmatched\">\n<h2 id=\"unmatched\">Unpaired people</h2>\n");
        if (result.unmatched().isEmpty()) {
            html.append("<p>Everyone is paired.</p>\n");
        }
        for (MatchResult.Unmatched u : result.unmatched()) {
            html.append("<article>\n<h3>").append(Html.escape(u.person().label())).append(", ").append(u.person().role().key())
                    .append("</h3>\n<p>").append(Html.escape(capitalise(u.explanation()))).append(".</p>\n");
            alternativesAndExclusions(u.person());
            html.append("</article>\n");
        }
        html.append("</section>\n");
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1a1a1a;\
            background:#fff;margin:0 auto;max-width:60rem;padding:1rem}
            .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;outline:3px solid #1d3557}
            .notice{border:2px solid #8a1c1c;background:#fdf2f2;color:#5c1010;padding:.75rem}
            table{border-collapse:collapse;width:100%;margin:.5rem 0}
            th,td{border:1px solid #767676;padding:.35rem .5rem;text-align:left;vertical-align:top}
            caption{text-align:left;font-weight:bold;padding:.25rem 0}
            article{border-top:1px solid #767676;padding-top:.5rem;margin-top:1rem}
            .sensitive{color:#8a1c1c}
            a:focus,summary:focus{outline:3px solid #1d3557;outline-offset:2px}
            @media print{.skip{display:none}details{display:block}}
            """;
}
