package org.flipside.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.flipside.model.RuleKind;

/** Plain-English explanations of a pair's score, for the pairs file and the report. */
public final class Reasons {

    private Reasons() {}

    /** {@code 2.50}: scores are shown to two decimals everywhere. */
    public static String points(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * One rule's contribution, e.g. {@code topics: shared Wellbeing, Belonging (2 of 4) +1.50}. Answers to a
     * sensitive question are named only when {@code showSensitive} is true.
     */
    public static String describe(Assessment.Part part, Person mentor, Person mentee, boolean showSensitive) {
        String id = part.question().id();
        String points = "+" + points(part.points());
        if (!part.answered()) {
            List<String> missing = new ArrayList<>();
            if (mentor.answer(id).isEmpty()) missing.add("the mentor");
            if (mentee.answer(id).isEmpty()) missing.add("the mentee");
            return id + ": not answered by " + String.join(" or ", missing) + " " + points;
        }
        boolean different = part.rule().kind() == RuleKind.PREFER_DIFFERENT_ANSWERS;
        if (part.question().sensitive() && !showSensitive) {
            return id + ": sensitive, answers only in report.html " + points;
        }
        List<String> a = mentor.answer(id);
        List<String> b = mentee.answer(id);
        String detail = switch (part.question().type()) {
            case MULTI_CHOICE -> {
                Set<String> shared = new LinkedHashSet<>(a);
                shared.retainAll(Set.copyOf(b));
                Set<String> union = new LinkedHashSet<>(a);
                union.addAll(b);
                yield shared.isEmpty() ? "no answer in common (" + union.size() + " chosen between them)"
                        : "shared " + String.join(", ", shared) + " (" + shared.size() + " of " + union.size() + ")";
            }
            case SINGLE_CHOICE -> a.get(0).equals(b.get(0)) ? "both " + a.get(0) : a.get(0) + " and " + b.get(0);
            case SCALE -> a.get(0) + " and " + b.get(0) + " on the 1–5 scale";
            case TEXT, LONG_TEXT -> "free text is not compared";
        };
        return id + ": " + detail + (different ? " (different answers preferred)" : "") + " " + points;
    }

    /** Every rule's contribution, joined with {@code "; "}. */
    public static String describeAll(Assessment assessment, boolean showSensitive) {
        return assessment.parts().stream()
                .map(p -> describe(p, assessment.mentor(), assessment.mentee(), showSensitive))
                .collect(Collectors.joining("; "));
    }

    static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}
