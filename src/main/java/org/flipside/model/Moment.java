package org.flipside.model;

/** Written in scheme.yml as: baseline midpoint final follow_up. */
public enum Moment implements YamlEnum {
    BASELINE,
    MIDPOINT,
    FINAL,
    FOLLOW_UP;
}
