package org.flipside.model;

/** Written in scheme.yml as: consent legitimate_interests other. */
public enum LawfulBasis implements YamlEnum {
    CONSENT,
    LEGITIMATE_INTERESTS,
    OTHER;
}
