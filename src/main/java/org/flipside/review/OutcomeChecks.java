package org.flipside.review;

import static org.flipside.review.StepBuilder.count;
import static org.flipside.review.StepBuilder.mentions;

import java.time.LocalDate;
import org.flipside.model.Evaluation;
import org.flipside.model.Moment;
import org.flipside.model.NextSteps;
import org.flipside.model.Scheme;
import org.flipside.plan.MilestonePlan;
import org.flipside.plan.PhasePlan;
import org.flipside.plan.Plan;
import org.flipside.util.HumanDates;

/** The steps that show what a scheme achieved and what comes after it: evaluation and next steps. */
final class OutcomeChecks {

    private final Plan plan;
    private final Scheme scheme;

    OutcomeChecks(Plan plan) {
        this.plan = plan;
        this.scheme = plan.scheme();
    }

    StepReview evaluation() {
        StepBuilder step = new StepBuilder("evaluation", "Evaluation",
                "Without a baseline and a final measure nobody can show what the scheme changed, and the next cohort cannot learn from this one.");
        Evaluation evaluation = scheme.evaluation();
        if (evaluation == null || evaluation.measures().isEmpty()) {
            return step.missing("no-measures", "No evaluation measures are set.",
                    "Measure something before the meetings start and again at the end.",
                    "evaluation:\n  measures:\n    - id: awareness\n      title: Awareness of junior colleagues' experience\n"
                            + "      level: learning\n      instrument: survey\n      when: [baseline, final]").build();
        }
        long unlinked = scheme.purpose().objectives().stream().filter(o -> o.measures().isEmpty()).count();
        if (unlinked > 0) {
            step.gap("objective-without-measure", count(unlinked, "objective has", "objectives have") + " no measure.",
                    "Link every objective to at least one measure, so you can tell whether it was met.", null);
        } else {
            step.strength("every objective linked to a measure");
        }
        boolean baseline = evaluation.measures().stream().anyMatch(m -> m.when().contains(Moment.BASELINE));
        if (!baseline) {
            String id = evaluation.measures().get(0).id();
            step.gap("no-baseline", "No measure is taken as a baseline, before the meetings start.",
                    "Without a starting point, a change cannot be shown; add `baseline` to at least one measure.",
                    "evaluation:\n  measures:\n    - id: " + id + "\n      when: [baseline, final]");
        } else {
            step.strength("a baseline");
            LocalDate first = plan.meetings().isEmpty() ? null : plan.meetings().get(0).date();
            MilestonePlan late = plan.milestones().stream()
                    .filter(m -> mentions(m.milestone().id() + " " + m.milestone().title(), "baseline"))
                    .filter(m -> first != null && m.date().isAfter(first)).findFirst().orElse(null);
            if (late != null) {
                step.gap("baseline-after-first-meeting", "The baseline (" + late.milestone().title() + ") falls on "
                                + HumanDates.format(late.date()) + ", after the first meeting on " + HumanDates.format(first) + ".",
                        "Take the baseline before the first meeting, or it measures a scheme that has already begun.",
                        "timeline:\n  milestones:\n    - {id: " + late.milestone().id() + ", title: " + late.milestone().title()
                                + ", date: " + first.minusWeeks(1) + "}");
            }
        }
        if (evaluation.measures().stream().anyMatch(m -> m.when().contains(Moment.FINAL))) {
            step.strength("a final measure");
        } else {
            step.gap("no-final-measure", "No measure is taken at the end.",
                    "Repeat your baseline measures at the end of the scheme, so the two can be compared.",
                    "evaluation:\n  measures:\n    - id: " + evaluation.measures().get(0).id() + "\n      when: [baseline, final]");
        }
        int minGroup = evaluation.reporting() == null ? 0 : evaluation.reporting().minGroupSize();
        if (minGroup < 5) {
            step.gap("small-groups-shown", minGroup <= 1 ? "Results may be reported for groups of any size."
                            : "Results may be reported for groups as small as " + minGroup + ".",
                    "In a small cohort, results for fewer than five people can identify them; report only groups of five or more.",
                    "evaluation:\n  reporting:\n    min_group_size: 5");
        } else {
            step.strength("results only for groups of " + minGroup + " or more");
        }
        return step.build();
    }

    StepReview nextSteps() {
        StepBuilder step = new StepBuilder("next-steps", "Next steps",
                "Telling participants what changed because of them is what earns the trust of the next cohort.");
        NextSteps next = scheme.nextSteps();
        PhasePlan reflect = plan.phases().stream().filter(p -> p.phase().id().equals("reflect")).findFirst()
                .orElse(plan.phases().isEmpty() ? null : plan.phases().get(plan.phases().size() - 1));
        LocalDate suggested = reflect == null ? plan.end().minusWeeks(2) : reflect.end().minusWeeks(2);
        if (next == null || (next.feedbackSession() == null && next.actions().isEmpty() && next.continuation().isEmpty())) {
            return step.missing("no-next-steps", "Nothing is planned for after the scheme.",
                    "Plan a feedback session, a \"you said, we did\" summary, and ways for people to stay involved.",
                    "next_steps:\n  feedback_session: " + suggested + "\n  actions: ['Publish a \"you said, we did\" summary']\n"
                            + "  continuation: [Pairs may continue informally]").build();
        }
        if (next.feedbackSession() == null) {
            step.gap("no-feedback-session", "No feedback session is planned.",
                    "Bring participants together to hear what was learnt and what will change, before the reflect phase ends.",
                    "next_steps:\n  feedback_session: " + suggested);
        } else if (reflect != null && next.feedbackSession().isAfter(reflect.end())) {
            step.gap("feedback-after-reflect", "The feedback session on " + HumanDates.format(next.feedbackSession()) + " comes after the "
                            + reflect.phase().id() + " phase ends on " + HumanDates.format(reflect.end()) + ".",
                    "Hold it while the scheme is still fresh, before the reflect phase ends.",
                    "next_steps:\n  feedback_session: " + suggested);
        } else {
            step.strength("a feedback session on " + HumanDates.format(next.feedbackSession()));
        }
        if (next.actions().isEmpty()) {
            step.gap("no-actions", "No follow-up actions are listed.",
                    "Commit to at least a \"you said, we did\" summary, so people see their words led somewhere.",
                    "next_steps:\n  actions: ['Publish a \"you said, we did\" summary']");
        } else {
            step.strength(count(next.actions().size(), "action", "actions"));
        }
        if (next.continuation().isEmpty()) {
            step.gap("no-continuation", "Nothing says what happens to the pairs afterwards.",
                    "Say whether pairs may carry on, and how mentors can stay involved, for example as buddies.",
                    "next_steps:\n  continuation: [Pairs may continue informally, Mentors may become buddies]");
        } else {
            step.strength("ways to stay involved");
        }
        return step.build();
    }
}
