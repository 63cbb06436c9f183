package org.flipside.model;

/** Written in scheme.yml as: manual algorithmic hybrid. */
public enum MatchingApproach implements YamlEnum {
    MANUAL,
    ALGORITHMIC,
    HYBRID;
}
