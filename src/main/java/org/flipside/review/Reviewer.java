package org.flipside.review;

import java.util.List;
import org.flipside.plan.Plan;

/**
 * Holds a planned scheme against each step of the reverse mentoring journey and says, kindly, where it is
 * strong and how to strengthen the rest. Reads only the plan: it never fails on a valid scheme.
 */
public final class Reviewer {

    private Reviewer() {}

    /** Every step, in journey order; signposting freshness is judged against {@code plan.buildDate()}. */
    public static Review review(Plan plan) {
        DesignChecks design = new DesignChecks(plan);
        RunningChecks running = new RunningChecks(plan, design.mentoringPhase());
        OutcomeChecks outcome = new OutcomeChecks(plan);
        List<StepReview> steps = List.of(
                design.purpose(),
                design.voices(),
                design.timeline(),
                design.recruitment(),
                design.matching(),
                running.safeguarding(),
                running.support(),
                running.meetings(),
                running.community(),
                design.partners(),
                running.reflection(),
                outcome.evaluation(),
                outcome.nextSteps());
        return new Review(plan.scheme().scheme().name(), plan.scheme().organisation().name(),
                plan.scheme().organisation().language(), plan.buildDate(), steps);
    }
}
