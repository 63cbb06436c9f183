package org.flipside.model;

/** Written in scheme.yml as {@code never: same_reporting_line | same_team | previous_pair} or {@code prefer: shared_answers | different_answers}. */
public enum RuleKind implements YamlEnum {
    NEVER_SAME_REPORTING_LINE,
    NEVER_SAME_TEAM,
    NEVER_PREVIOUS_PAIR,
    PREFER_SHARED_ANSWERS,
    PREFER_DIFFERENT_ANSWERS;
}
