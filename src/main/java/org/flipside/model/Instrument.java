package org.flipside.model;

/** Written in scheme.yml as: survey interview diary log. */
public enum Instrument implements YamlEnum {
    SURVEY,
    INTERVIEW,
    DIARY,
    LOG;
}
