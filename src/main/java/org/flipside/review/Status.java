package org.flipside.review;

/** How well a scheme covers one step of the journey. */
public enum Status {
    /** The step is covered as good practice suggests. */
    STRONG,
    /** The step is there, with gaps worth closing. */
    PARTIAL,
    /** The step is not covered at all. */
    MISSING;

    /** {@code strong}, {@code partial}, {@code missing}: as printed and in JSON. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
