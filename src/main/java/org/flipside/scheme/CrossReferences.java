package org.flipside.scheme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Evaluation;
import org.flipside.model.Matching;
import org.flipside.model.Purpose;
import org.flipside.model.QuestionType;
import org.flipside.model.Scheme;
import org.flipside.model.SourceMap;
import org.flipside.model.Theme;
import org.flipside.model.Timeline;

/**
 * Checks that what one part of the scheme names exists elsewhere: unique ids, objective → measure,
 * matching rule → question, milestone and event → phase, theme → meeting, clauses complete.
 * Works on the bound model; locations come from the {@link SourceMap} (values from the defaults point at
 * the file as a whole).
 */
final class CrossReferences {

    private final Scheme scheme;
    private final SourceMap at;
    private final List<Problem> problems;

    private CrossReferences(Scheme scheme, List<Problem> problems) {
        this.scheme = scheme;
        this.at = scheme.sources();
        this.problems = problems;
    }

    static void check(Scheme scheme, List<Problem> problems) {
        CrossReferences c = new CrossReferences(scheme, problems);
        c.uniqueIds();
        c.objectives();
        c.matching();
        c.timelineReferences();
        c.themes();
        c.clauses();
        c.recruitment();
    }

    private void uniqueIds() {
        unique("purpose.objectives", scheme.purpose().objectives(), Purpose.Objective::id, "objective");
        unique("matching.questions", scheme.matching().questions(), Matching.Question::id, "question");
        unique("timeline.phases", scheme.timeline().phases(), Timeline.Phase::id, "phase");
        unique("timeline.milestones", scheme.timeline().milestones(), Timeline.Milestone::id, "milestone");
        unique("themes", scheme.themes(), Theme::id, "theme");
        unique("evaluation.measures", scheme.evaluation().measures(), Evaluation.Measure::id, "measure");
        unique("handbook.chapters", scheme.handbook().chapters(), c -> c, "chapter");
    }

    private <T> void unique(String path, List<T> items, Function<T, String> id, String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (value != null && !seen.add(value)) {
                problems.add(Problem.error(at.locate(path + "[" + i + "]"), "there are two " + what + "s with the id `"
                        + value + "`", "give each " + what + " its own id"));
            }
        }
    }

    private void objectives() {
        List<String> measures = scheme.evaluation().measures().stream().map(Evaluation.Measure::id).toList();
        List<Purpose.Objective> objectives = scheme.purpose().objectives();
        for (int i = 0; i < objectives.size(); i++) {
            Purpose.Objective objective = objectives.get(i);
            for (int j = 0; j < objective.measures().size(); j++) {
                String measure = objective.measures().get(j);
                if (measures.contains(measure)) continue;
                String near = Suggestions.closest(measure, measures);
                String list = measures.isEmpty() ? "add the measure under `evaluation.measures`"
                        : "the measures are: " + String.join(", ", measures);
                String fix = withSuggestion(near, list);
                problems.add(Problem.error(at.locate("purpose.objectives[" + i + "].measures[" + j + "]"),
                        "objective `" + objective.id() + "` refers to measure `" + measure + "`, which does not exist",
                        fix));
            }
        }
    }

    private void matching() {
        List<Matching.Question> questions = scheme.matching().questions();
        List<String> ids = questions.stream().map(Matching.Question::id).toList();
        List<Matching.Rule> rules = scheme.matching().rules();
        for (int i = 0; i < rules.size(); i++) {
            Matching.Rule rule = rules.get(i);
            String path = "matching.rules[" + i + "]";
            if (rule.kind() == null || !rule.kind().name().startsWith("PREFER")) {
                if (rule.question() != null) {
                    problems.add(Problem.error(at.locate(path + ".question"), "a `never` rule takes no `question`",
                            "remove `question:`, or make it a `prefer:` rule"));
                }
                continue;
            }
            if (rule.question() == null) {
                problems.add(Problem.error(at.locate(path), "a `prefer` rule needs a `question`",
                        "add `question:` with the id of a choice question"
                                + (ids.isEmpty() ? "" : " (" + String.join(", ", ids) + ")")));
                continue;
            }
            Matching.Question question = questions.stream().filter(q -> rule.question().equals(q.id()))
                    .findFirst().orElse(null);
            if (question == null) {
                String near = Suggestions.closest(rule.question(), ids);
                problems.add(Problem.error(at.locate(path + ".question"), "matching rule " + (i + 1)
                                + " refers to question `" + rule.question() + "`, which does not exist",
                        withSuggestion(near, ids.isEmpty() ? "add it under `matching.questions`"
                                : "the questions are: " + String.join(", ", ids))));
            } else if (question.type() == QuestionType.TEXT || question.type() == QuestionType.LONG_TEXT) {
                problems.add(Problem.error(at.locate(path + ".prefer"), "a `prefer` rule cannot use question `"
                                + question.id() + "`: it is a `" + question.type().key()
                                + "` question, and free-text answers cannot be compared",
                        "use a `single_choice`, `multi_choice` or `scale` question"));
            }
        }
        for (int i = 0; i < questions.size(); i++) {
            Matching.Question q = questions.get(i);
            boolean choice = q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTI_CHOICE;
            if (choice && q.options().size() < 2) {
                problems.add(Problem.error(at.locate("matching.questions[" + i + "]"), "question `" + q.id()
                                + "` is a `" + q.type().key() + "` question but has fewer than two `options`",
                        "list the choices under `options:`"));
            }
        }
    }

    private void timelineReferences() {
        List<String> phases = scheme.timeline().phases().stream().map(Timeline.Phase::id).toList();
        List<Timeline.Milestone> milestones = scheme.timeline().milestones();
        for (int i = 0; i < milestones.size(); i++) {
            phaseReference(milestones.get(i).after(), "timeline.milestones[" + i + "].after",
                    "milestone `" + milestones.get(i).id() + "`", phases);
        }
        var events = scheme.community().events();
        for (int i = 0; i < events.size(); i++) {
            phaseReference(events.get(i).after(), "community.events[" + i + "].after",
                    "event `" + events.get(i).title() + "`", phases);
        }
    }

    private void phaseReference(String after, String path, String what, List<String> phases) {
        if (after == null || phases.contains(after)) return;
        String near = Suggestions.closest(after, phases);
        problems.add(Problem.error(at.locate(path), what + " comes after phase `" + after + "`, which does not exist",
                withSuggestion(near, "the phases are: " + String.join(", ", phases))));
    }

    private void themes() {
        int count = scheme.meetings().count();
        List<Theme> themes = scheme.themes();
        for (int i = 0; i < themes.size(); i++) {
            Integer meeting = themes.get(i).meeting();
            if (meeting != null && count > 0 && meeting > count) {
                String theme = themes.get(i).id() == null ? "" + (i + 1) : "`" + themes.get(i).id() + "`";
                problems.add(Problem.error(at.locate("themes[" + i + "].meeting"), "theme " + theme
                                + " is planned for meeting " + meeting + ", but there are only " + count + " meetings",
                        "choose a meeting from 1 to " + count + ", or raise `meetings.count`"));
            }
        }
    }

    private void clauses() {
        var clauses = scheme.agreement().clauses();
        for (int i = 0; i < clauses.size(); i++) {
            var clause = clauses.get(i);
            List<String> missing = new ArrayList<>();
            if (clause.title() == null) missing.add("title");
            if (clause.text() == null) missing.add("text");
            if (!missing.isEmpty()) {
                problems.add(Problem.error(at.locate("agreement.clauses"), "clause `" + clause.id() + "` needs a "
                                + String.join(" and a ", missing.stream().map(m -> "`" + m + "`").toList()),
                        "a new clause needs both a `title` and a `text`; to reword a built-in clause, use its id"
                                + " (" + String.join(", ", Defaults.SAFEGUARDING.stream().sorted().toList()) + ", ...)"));
            }
        }
    }

    /** "did you mean `x`? (the list)" or just the list. */
    private static String withSuggestion(String near, String list) {
        return near != null ? "did you mean `" + near + "`? (" + list + ")" : list;
    }

    private void recruitment() {
        var r = scheme.recruitment();
        if (r != null && r.opens() != null && r.closes() != null && r.closes().isBefore(r.opens())) {
            problems.add(Problem.error(at.locate("recruitment.closes"), "recruitment closes on " + r.closes()
                    + ", before it opens on " + r.opens(), "swap the dates, or correct one of them"));
        }
    }
}
