package org.flipside.model;

/** Written in scheme.yml as: law_firm chambers in_house law_school regulator other. */
public enum OrganisationType implements YamlEnum {
    LAW_FIRM,
    CHAMBERS,
    IN_HOUSE,
    LAW_SCHOOL,
    REGULATOR,
    OTHER;
}
