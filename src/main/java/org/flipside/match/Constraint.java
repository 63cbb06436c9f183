package org.flipside.match;

/** A reason a mentor and a mentee may not be paired. */
public enum Constraint {
    SAME_REPORTING_LINE("same reporting line", "one is in the other's management chain (`never: same_reporting_line`)"),
    SAME_TEAM("same team", "they are in the same team (`never: same_team`)"),
    PREVIOUS_PAIR("previous pair", "they were paired before (`never: previous_pair`)"),
    NO_SHARED_REQUIRED_ANSWER("no shared required answer", "they share no answer to a question a rule marks `required: true`"),
    EXCLUDED("excluded by the matcher", "the matcher excluded this pair with `--exclude`");

    private final String label;
    private final String explanation;

    Constraint(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    /** A few words for tables: {@code same team}. */
    public String label() {
        return label;
    }

    /** A sentence fragment: {@code they are in the same team (`never: same_team`)}. */
    public String explanation() {
        return explanation;
    }
}
