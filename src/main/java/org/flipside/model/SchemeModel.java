package org.flipside.model;

/** Written in scheme.yml as: reverse reciprocal. */
public enum SchemeModel implements YamlEnum {
    REVERSE,
    RECIPROCAL;
}
