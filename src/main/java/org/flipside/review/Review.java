package org.flipside.review;

import java.time.LocalDate;
import java.util.List;

/**
 * A scheme held against each step of the reverse mentoring journey. Advice only: a review never makes a
 * scheme invalid ({@code check} decides that).
 *
 * @param schemeName   the scheme's name
 * @param organisation who runs it
 * @param language     the handbook's language tag, for the HTML page
 * @param reviewedOn   the date freshness was judged against (the build date)
 * @param steps        every journey step, in journey order
 */
public record Review(String schemeName, String organisation, String language, LocalDate reviewedOn,
                     List<StepReview> steps) {

    public long count(Status status) {
        return steps.stream().filter(s -> s.status() == status).count();
    }

    /** The step with {@code id}; throws when there is none, naming it. */
    public StepReview step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no review step `" + id + "`"));
    }

    /** {@code 11 of 13 steps strong}, so that year-on-year progress is easy to compare. */
    public String score() {
        return count(Status.STRONG) + " of " + steps.size() + " steps strong";
    }
}
