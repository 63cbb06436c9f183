package org.flipside.review;

import java.util.ArrayList;
import java.util.List;
import org.flipside.util.HumanDates;

/**
 * The review for a terminal: one line per step (status in words, so it reads without colour), then what
 * to strengthen, step by step, then the one-line score.
 */
public final class ReviewText {

    private ReviewText() {}

    public static List<String> lines(Review review) {
        List<String> lines = new ArrayList<>();
        lines.add("Review of " + review.schemeName() + " — " + review.organisation() + ", " + HumanDates.format(review.reviewedOn()));
        lines.add("");
        int width = review.steps().stream().mapToInt(s -> s.title().length()).max().orElse(0);
        for (StepReview step : review.steps()) {
            String facts = step.strengths().isEmpty() ? "" : "  " + String.join("; ", step.strengths());
            lines.add(("  " + pad(step.status().label(), 8) + " " + pad(step.title(), width) + facts).stripTrailing());
        }
        List<StepReview> weaker = review.steps().stream().filter(s -> s.status() != Status.STRONG).toList();
        if (!weaker.isEmpty()) {
            lines.add("");
            lines.add("How to strengthen it");
            for (StepReview step : weaker) {
                lines.add("");
                lines.add(step.title() + " (" + step.status().label() + ")");
                lines.add("  Why it matters: " + step.why());
                for (Finding f : step.findings()) {
                  lines.add("  - " + f.message());
                  lines.add("    " + f.suggestion());
                  if (f.yaml() != null) {
                      lines.add("    In scheme.yml:");
                      for (String yaml : f.yaml().split("\n")) lines.add("      " + yaml);
                  }
                }
            }
        }
        lines.add("");
        lines.add(scoreLine(review));
        return lines;
    }

    /** {@code 11 of 13 steps strong (1 partial, 1 missing).} */
    public static String scoreLine(Review review) {
        long partial = review.count(Status.PARTIAL);
        long missing = review.count(Status.MISSING);
        String rest = partial + missing == 0 ? "" : " (" + partial + " partial, " + missing + " missing)";
        return review.score() + rest + ".";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
