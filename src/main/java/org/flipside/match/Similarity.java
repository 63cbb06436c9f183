package org.flipside.match;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flipside.model.Matching.Question;

/** How alike two people's answers to one question are, from 0 (nothing alike) to 1 (the same). */
final class Similarity {

    private Similarity() {}

    /**
     * Jaccard (shared ÷ chosen by either) for multiple choice, 1 or 0 for single choice, {@code 1 − |a − b| / 4}
     * for a 1–5 scale. NaN when either answer is missing, or for free-text questions, which are not compared.
     */
    static double of(Question question, List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return Double.NaN;
        return switch (question.type()) {
            case MULTI_CHOICE -> {
                Set<String> union = new HashSet<>(a);
                union.addAll(b);
                Set<String> shared = new HashSet<>(a);
                shared.retainAll(new HashSet<>(b));
                yield (double) shared.size() / union.size();
            }
            case SINGLE_CHOICE -> a.get(0).equals(b.get(0)) ? 1 : 0;
            case SCALE -> 1 - Math.abs(Integer.parseInt(a.get(0)) - Integer.parseInt(b.get(0))) / 4.0;
            case TEXT, LONG_TEXT -> Double.NaN;
        };
    }
}
