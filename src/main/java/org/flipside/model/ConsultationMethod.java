package org.flipside.model;

/** Written in scheme.yml as: roundtable survey focus_group interview other. */
public enum ConsultationMethod implements YamlEnum {
    ROUNDTABLE,
    SURVEY,
    FOCUS_GROUP,
    INTERVIEW,
    OTHER;
}
