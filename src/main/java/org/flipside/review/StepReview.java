package org.flipside.review;

import java.util.List;

/**
 * The review of one journey step.
 *
 * @param id        stable: {@code purpose}, {@code voices}, {@code recruitment}, ...
 * @param title     as shown to people
 * @param why       one sentence on why the step matters
 * @param status    strong when there are no findings; missing when the step is absent altogether
 * @param strengths short facts about what the scheme already does well, in the order found
 * @param findings  the gaps, in the order checked; empty when {@code status} is strong
 */
public record StepReview(String id, String title, String why, Status status, List<String> strengths,
                         List<Finding> findings) {

    /** The finding of {@code rule}, or null when that check found nothing. */
    public Finding finding(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).findFirst().orElse(null);
    }
}
