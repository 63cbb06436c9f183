package org.flipside.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.model.Matching;
import org.flipside.model.Matching.Question;
import org.flipside.model.Matching.Rule;
import org.flipside.model.RuleKind;

/** Applies {@code matching.rules} to one mentor and one mentee. */
public final class PairAssessor {

    private final Matching matching;
    private final ReportingLines lines;
    private final Set<PairKey> excluded;
    private final Map<String, Question> questions;
    private final double maximumScore;

    /** @param excluded pairs the matcher forbade with {@code --exclude} */
    public PairAssessor(Matching matching, ReportingLines lines, Set<PairKey> excluded) {
        this.matching = matching;
        this.lines = lines;
        this.excluded = Set.copyOf(excluded);
        this.questions = matching.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        this.maximumScore = matching.rules().stream().filter(PairAssessor::isPreference).mapToInt(Rule::weight).sum();
    }

    /** The highest score a pair could reach: the sum of the {@code prefer} rules' weights. */
    public double maximumScore() {
        return maximumScore;
    }

    public Assessment assess(Person mentor, Person mentee) {
        List<Assessment.Broken> broken = new ArrayList<>();
        List<Assessment.Part> parts = new ArrayList<>();
        double score = 0;
        for (Rule rule : matching.rules()) {
            switch (rule.kind()) {
                case NEVER_SAME_REPORTING_LINE -> {
                    if (lines.share(mentor.email(), mentee.email())) {
                        broken.add(new Assessment.Broken(Constraint.SAME_REPORTING_LINE, null));
                    }
                }
                case NEVER_SAME_TEAM -> {
                    if (!mentor.team().isBlank() && mentor.team().strip().equalsIgnoreCase(mentee.team().strip())) {
                        broken.add(new Assessment.Broken(Constraint.SAME_TEAM, null));
                    }
                }
                case NEVER_PREVIOUS_PAIR -> {
                    if (mentor.previousPartners().contains(mentee.email()) || mentee.previousPartners().contains(mentor.email())) {
                        broken.add(new Assessment.Broken(Constraint.PREVIOUS_PAIR, null));
                    }
                }
                case PREFER_SHARED_ANSWERS, PREFER_DIFFERENT_ANSWERS -> {
                    Question question = questions.get(rule.question());
                    if (question == null) continue;
                    List<String> a = mentor.answer(question.id());
                    List<String> b = mentee.answer(question.id());
                    if (rule.required() && !shareAnAnswer(a, b)) {
                        broken.add(new Assessment.Broken(Constraint.NO_SHARED_REQUIRED_ANSWER, question.id()));
                    }
                    double similarity = Similarity.of(question, a, b);
                    double overlap = rule.kind() == RuleKind.PREFER_SHARED_ANSWERS ? similarity : 1 - similarity;
                    double points = Double.isNaN(similarity) ? 0 : rule.weight() * overlap;
                    parts.add(new Assessment.Part(rule, question, similarity, points));
                    score += points;
                }
            }
        }
        if (excluded.contains(new PairKey(mentor.email(), mentee.email()))) {
            broken.add(new Assessment.Broken(Constraint.EXCLUDED, null));
        }
        // Deduplicate so that two rules naming the same constraint are reported once.
        List<Assessment.Broken> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(broken));
        return new Assessment(mentor, mentee, List.copyOf(distinct), List.copyOf(parts), score);
    }

    static boolean isPreference(Rule rule) {
        return rule.kind() == RuleKind.PREFER_SHARED_ANSWERS || rule.kind() == RuleKind.PREFER_DIFFERENT_ANSWERS;
    }

    private static boolean shareAnAnswer(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        Set<String> shared = new HashSet<>(a);
        return b.stream().anyMatch(shared::contains);
    }
}
