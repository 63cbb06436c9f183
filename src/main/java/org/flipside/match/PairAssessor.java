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
    /** The question of each rule (null for the {@code never} rules), coded for fast comparison. */
    private final List<Question> ruleQuestions = new ArrayList<>();
    private final AnswerCodes codes;

    /** @param excluded pairs the matcher forbade with {@code --exclude} */
    public PairAssessor(Matching matching, ReportingLines lines, Set<PairKey> excluded) {
        this.matching = matching;
        this.lines = lines;
        this.excluded = Set.copyOf(excluded);
        this.questions = matching.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
        this.maximumScore = matching.rules().stream().filter(PairAssessor::isPreference).mapToInt(Rule::weight).sum();
        for (Rule rule : matching.rules()) ruleQuestions.add(isPreference(rule) ? questions.get(rule.question()) : null);
        this.codes = new AnswerCodes(ruleQuestions.stream().map(q -> q == null ? PLACEHOLDER : q).toList());
    }

    /** Stands in for the question of a {@code never} rule, which has none, so that codes line up with rules. */
    private static final Question PLACEHOLDER = new Question("", "", org.flipside.model.QuestionType.TEXT, List.of(),
            org.flipside.model.Audience.BOTH, false, false);

    /** The highest score a pair could reach: the sum of the {@code prefer} rules' weights. */
    public double maximumScore() {
        return maximumScore;
    }

    public Assessment assess(Person mentor, Person mentee) {
        List<Assessment.Broken> broken = new ArrayList<>();
        List<Assessment.Part> parts = new ArrayList<>();
        double score = 0;
        long[] mentorCodes = codes.of(mentor);
        long[] menteeCodes = codes.of(mentee);
        for (int k = 0; k < matching.rules().size(); k++) {
            Rule rule = matching.rules().get(k);
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
                    Question question = ruleQuestions.get(k);
                    if (question == null) continue;
                    long a = mentorCodes[k];
                    long b = menteeCodes[k];
                    boolean coded = a != AnswerCodes.NONE && b != AnswerCodes.NONE;
                    List<String> answerA = coded ? List.of() : mentor.answer(question.id());
                    List<String> answerB = coded ? List.of() : mentee.answer(question.id());
                    boolean shared = coded ? AnswerCodes.share(question.type(), a, b) : shareAnAnswer(answerA, answerB);
                    if (rule.required() && !shared) {
                        broken.add(new Assessment.Broken(Constraint.NO_SHARED_REQUIRED_ANSWER, question.id()));
                    }
                    double similarity = coded ? AnswerCodes.similarity(question.type(), a, b)
                            : Similarity.of(question, answerA, answerB);
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
        List<Assessment.Broken> distinct = broken.size() < 2 ? broken : new ArrayList<>(new java.util.LinkedHashSet<>(broken));
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
