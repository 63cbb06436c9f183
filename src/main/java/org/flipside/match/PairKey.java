package org.flipside.match;

/** A mentor and a mentee by their lower-case emails. */
public record PairKey(String mentor, String mentee) {

    @Override
    public String toString() {
        return mentor + "=" + mentee;
    }
}
