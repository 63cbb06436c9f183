package org.flipside.model;

/** Written in scheme.yml as: text long_text single_choice multi_choice scale. */
public enum QuestionType implements YamlEnum {
    TEXT,
    LONG_TEXT,
    SINGLE_CHOICE,
    MULTI_CHOICE,
    SCALE;
}
