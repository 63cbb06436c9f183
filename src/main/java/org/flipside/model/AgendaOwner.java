package org.flipside.model;

/** Written in scheme.yml as: mentor mentee shared. */
public enum AgendaOwner implements YamlEnum {
    MENTOR,
    MENTEE,
    SHARED;
}
