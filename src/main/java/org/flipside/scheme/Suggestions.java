package org.flipside.scheme;

import java.util.Collection;

/** "Did you mean" by edit distance, counting a swap of two neighbouring letters as one edit. */
final class Suggestions {

    private Suggestions() {}

    /**
     * The candidate closest to {@code word}, or null when none is close enough to be a likely misspelling
     * (at most one edit for short words, a third of the length for longer ones).
     */
    static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(1, Math.min(4, word.length() / 3));
        for (String candidate : candidates) {
            int d = org.flipside.util.Suggestions.distance(word, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= limit && bestDistance > 0 ? best : null;
    }

}
