package org.flipside.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;

/**
 * What a command prints: one progress line per stage, warnings grouped at the end, errors repeated in a
 * summary. Progress goes to standard output, warnings and errors to standard error.
 */
final class Console {

    private final boolean quiet;
    private final boolean verbose;
    private final PrintStream out = System.out;
    private final List<Problem> warnings = new ArrayList<>();

    Console(boolean quiet, boolean verbose) {
        this.quiet = quiet;
        this.verbose = verbose;
    }

    boolean verbose() {
        return verbose;
    }

    /** {@code site 31 pages ✓ 0.8 s}. */
    void stage(String name, String detail, long startNanos) {
        if (quiet) return;
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        String time = millis < 1000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        out.println(name + (detail.isEmpty() ? "" : " " + detail) + " ✓ " + time);
    }

    void info(String line) {
        if (!quiet) out.println(line);
    }

    void detail(String line) {
        if (verbose) out.println(line);
    }

    void warnings(List<Problem> found) {
        for (Problem p : found) if (!warnings.contains(p)) warnings.add(p);
    }

    /** Prints the grouped warnings; call once, at the end of a command. */
    void finish() {
        if (warnings.isEmpty()) return;
        System.err.println();
        System.err.println(warnings.size() == 1 ? "1 warning:" : warnings.size() + " warnings:");
        for (Problem p : warnings) System.err.println("  warning: " + p);
    }

    /** The numbered error summary printed when a command fails on the user's input. */
    static void errorSummary(ProblemException e) {
        List<Problem> errors = e.errors();
        System.err.println();
        System.err.println(errors.size() == 1 ? "1 error:" : errors.size() + " errors:");
        int n = 1;
        for (Problem p : errors) System.err.println("  " + (n++) + ". " + p);
        System.err.println("Nothing was written; the previous output is unchanged.");
    }
}
