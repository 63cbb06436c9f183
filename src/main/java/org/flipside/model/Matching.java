package org.flipside.model;

import java.util.List;

/** {@code matcher} is nullable. {@code capacity} is mentees per mentor, at least 1. */
public record Matching(MatchingApproach approach, String matcher, List<Rule> rules, int capacity,
                       List<Question> questions) {

    /**
     * One matching rule. {@code question} is set for the {@code prefer} kinds only;
     * {@code weight} is 1..10 (default 1); {@code required} means a pair must share at least one answer.
     */
    public record Rule(RuleKind kind, String question, int weight, boolean required) {}

    /** {@code options} is empty for text and scale questions. */
    public record Question(String id, String text, QuestionType type, List<String> options, Audience audience,
                           boolean required, boolean sensitive) {}
}
