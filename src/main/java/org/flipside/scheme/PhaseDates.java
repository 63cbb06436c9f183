package org.flipside.scheme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Scheme;
import org.flipside.model.Timeline;

/**
 * Phase dates as far as loading needs them (overlap errors, the recruitment warning): phases run back to
 * back from {@code scheme.start}, each for its upper bound of weeks; a fixed {@code start} is honoured.
 * The plan computes the full schedule; this is the same rule, kept deliberately small.
 */
final class PhaseDates {

    /** A phase from {@code start} (inclusive) to {@code end}, the day the next phase starts. */
    record Span(LocalDate start, LocalDate end) {}

    private PhaseDates() {}

    /** Spans by phase id; empty when {@code scheme.start} is missing. Overlaps are added to {@code problems}. */
    static Map<String, Span> compute(Scheme scheme, List<Problem> problems) {
        Map<String, Span> spans = new LinkedHashMap<>();
        LocalDate next = scheme.scheme().start();
        if (next == null) return spans;
        List<Timeline.Phase> phases = scheme.timeline().phases();
        String previous = null;
        for (int i = 0; i < phases.size(); i++) {
            Timeline.Phase phase = phases.get(i);
            LocalDate start = next;
            if (phase.start() != null) {
                if (phase.start().isBefore(next)) {
                    String what = previous == null ? "`scheme.start` (" + next + ")"
                            : "the end of phase `" + previous + "` (" + next + ")";
                    problems.add(Problem.error(scheme.sources().locate("timeline.phases[" + i + "].start"),
                            "phase `" + phase.id() + "` starts on " + phase.start() + ", before " + what
                                    + ": phases may not overlap",
                            "move `start` to " + next + " or later, or shorten the phases before it"));
                }
                start = phase.start();
            }
            LocalDate end = start.plusWeeks(phase.maxWeeks());
            if (phase.id() != null) spans.putIfAbsent(phase.id(), new Span(start, end));
            next = end;
            previous = phase.id();
        }
        return spans;
    }
}
