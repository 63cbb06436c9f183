package org.flipside.model;

/** Written in scheme.yml as: mentor mentee. */
public enum Party implements YamlEnum {
    MENTOR,
    MENTEE;
}
