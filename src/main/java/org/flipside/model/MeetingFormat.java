package org.flipside.model;

/** Written in scheme.yml as: in_person online phone hybrid. */
public enum MeetingFormat implements YamlEnum {
    IN_PERSON,
    ONLINE,
    PHONE,
    HYBRID;
}
