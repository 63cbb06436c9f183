package org.flipside.model;

/** Written in scheme.yml as: reaction learning behaviour results process. */
public enum MeasureLevel implements YamlEnum {
    REACTION,
    LEARNING,
    BEHAVIOUR,
    RESULTS,
    PROCESS;
}
