package org.flipside.diagnostic;

/**
 * Where something is in a source file, as people count: line and column start at 1.
 * A column of 0 means the column is not known (the whole line, or the whole file when line is 0 too).
 */
public record Location(String file, int line, int column) {

    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    /** {@code scheme.yml:12:5}, {@code scheme.yml:12} or {@code scheme.yml}, as much as is known. */
    @Override
    public String toString() {
        if (line <= 0) return file;
        if (column <= 0) return file + ":" + line;
        return file + ":" + line + ":" + column;
    }
}
