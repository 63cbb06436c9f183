package org.flipside.diagnostic;

import java.util.Objects;

/**
 * One thing wrong with the user's input, as data: where, what is wrong, and what to do about it.
 * Rendered for people as {@code scheme.yml:12:5: what is wrong — what to do}.
 *
 * @param location where the problem is; never null (use {@link Location#ofFile} when only the file is known)
 * @param message  what is wrong, in plain English, keys and values in backticks
 * @param fix      what to do about it; may be empty, never null
 */
public record Problem(Severity severity, Location location, String message, String fix) {

    public Problem {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(location);
        Objects.requireNonNull(message);
        fix = fix == null ? "" : fix;
    }

    public static Problem error(Location location, String message, String fix) {
        return new Problem(Severity.ERROR, location, message, fix);
    }

    public static Problem warning(Location location, String message, String fix) {
        return new Problem(Severity.WARNING, location, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return location + ": " + message + (fix.isEmpty() ? "" : " — " + fix);
    }
}
