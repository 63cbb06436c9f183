package org.flipside.model;

/** Written in scheme.yml as {@code A4} or {@code Letter} (read without regard to case). */
public enum Paper implements YamlEnum {
    A4,
    LETTER;
}
