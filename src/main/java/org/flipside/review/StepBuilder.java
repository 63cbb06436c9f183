package org.flipside.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects what one step's checks found, then settles its status. */
final class StepBuilder {

    private final String id;
    private final String title;
    private final String why;
    private final List<String> strengths = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private boolean missing;

    StepBuilder(String id, String title, String why) {
        this.id = id;
        this.title = title;
        this.why = why;
    }

    StepBuilder strength(String fact) {
        strengths.add(fact);
        return this;
    }

    /** A gap: the step becomes partial (unless it is already missing). */
    StepBuilder gap(String rule, String message, String suggestion, String yaml) {
        findings.add(new Finding(rule, message, suggestion, yaml == null ? null : yaml.stripTrailing()));
        return this;
    }

    /** The step is absent altogether: it becomes missing, with this finding saying what to add. */
    StepBuilder missing(String rule, String message, String suggestion, String yaml) {
        missing = true;
        return gap(rule, message, suggestion, yaml);
    }

    StepReview build() {
        Status status = missing ? Status.MISSING : findings.isEmpty() ? Status.STRONG : Status.PARTIAL;
        return new StepReview(id, title, why, status, List.copyOf(strengths), List.copyOf(findings));
    }

    /** True when {@code text} holds any of {@code words}, ignoring case. */
    static boolean mentions(String text, String... words) {
        if (text == null) return false;
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : words) if (lower.contains(word)) return true;
        return false;
    }

    /** {@code 1 meeting}, {@code 6 meetings}. */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
