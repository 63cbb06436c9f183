package org.flipside.cli;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What {@code init} asks: organisation, scheme name, start date, primary colour. Each value is checked by
 * the same rules in interactive and flag mode, with a message that says what to write instead.
 */
record InitAnswers(String organisation, String schemeName, LocalDate start, String primary) {

    static final String DEFAULT_ORGANISATION = "Your Organisation";
    static final String DEFAULT_PRIMARY = "#1d3557";
    static final int MAX_NAME_LENGTH = 200;
    private static final Pattern COLOUR = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");

    /** Thrown for a value that breaks a rule; the message is the whole sentence to show. */
    static final class InvalidAnswer extends Exception {
        InvalidAnswer(String message) {
            super(message);
        }
    }

    static String defaultSchemeName(String organisation) {
        return organisation + " Reverse Mentoring";
    }

    /** The Monday after {@code today}: schemes start on a working day, and the planner counts in weeks. */
    static LocalDate defaultStart(LocalDate today) {
        return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    /** Whitespace collapsed, control characters refused, at most {@link #MAX_NAME_LENGTH} characters. */
    static String name(String what, String raw) throws InvalidAnswer {
        String clean = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) throw new InvalidAnswer("The " + what + " is empty: write a name, e.g. `Harbour & Vale LLP`.");
        if (clean.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidAnswer("The " + what + " contains a control character: write plain text.");
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new InvalidAnswer("The " + what + " is " + clean.length() + " characters long: keep it under "
                    + MAX_NAME_LENGTH + ".");
        }
        return clean;
    }

    static LocalDate date(String raw) throws InvalidAnswer {
        String clean = raw == null ? "" : raw.strip();
        if (!clean.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InvalidAnswer("`" + clean + "` is not a date written YYYY-MM-DD, e.g. 2026-09-07.");
        }
        try {
            return LocalDate.parse(clean);
        } catch (DateTimeParseException e) {
            throw new InvalidAnswer("`" + clean + "` is not a real date (check the month and the day).");
        }
    }

    /** {@code #1D3557} → {@code #1d3557}; {@code #abc} → {@code #aabbcc}. */
    static String colour(String raw) throws InvalidAnswer {
        String clean = raw == null ? "" : raw.strip();
        if (!clean.startsWith("#") && clean.matches("[0-9a-fA-F]{3}|[0-9a-fA-F]{6}")) clean = "#" + clean;
        if (!COLOUR.matcher(clean).matches()) {
            throw new InvalidAnswer("`" + clean + "` is not a colour written #rrggbb, e.g. #1d3557.");
        }
        String hex = clean.substring(1).toLowerCase(Locale.ROOT);
        if (hex.length() == 3) hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        return "#" + hex;
    }

    /** Initials of the capitalised words, without legal suffixes: {@code Harbour & Vale LLP} → {@code HV}. */
    String shortName() {
        StringBuilder initials = new StringBuilder();
        for (String word : organisation.split("[\\s\\-]+")) {
            if (word.isEmpty() || word.matches("(?i)llp|ltd|limited|plc|llc|inc|the|and|of|&")) continue;
            int first = word.codePointAt(0);
            if (Character.isUpperCase(first) || Character.isDigit(first)) initials.appendCodePoint(first);
        }
        return initials.length() >= 2 && initials.length() <= 6 ? initials.toString() : organisation;
    }
}
