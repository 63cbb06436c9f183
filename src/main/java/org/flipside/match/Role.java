package org.flipside.match;

import java.util.Locale;

/** Which side of a pair someone is on. In reverse mentoring the mentor is the junior colleague. */
public enum Role {
    MENTOR,
    MENTEE;

    /** {@code mentor} or {@code mentee}, as written in the responses file. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
