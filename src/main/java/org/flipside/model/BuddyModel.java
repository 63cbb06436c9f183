package org.flipside.model;

/** Written in scheme.yml as: per_pair pool group. */
public enum BuddyModel implements YamlEnum {
    PER_PAIR,
    POOL,
    GROUP;
}
