package org.flipside.model;

/** Written in scheme.yml as: mentor mentee both. */
public enum Audience implements YamlEnum {
    MENTOR,
    MENTEE,
    BOTH;
}
