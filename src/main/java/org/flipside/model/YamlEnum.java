package org.flipside.model;

import java.util.Locale;

/** An enum whose constants are written in scheme.yml in lower case ({@code FOLLOW_UP} is {@code follow_up}). */
public interface YamlEnum {

    String name();

    /** The spelling used in scheme.yml. */
    default String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
