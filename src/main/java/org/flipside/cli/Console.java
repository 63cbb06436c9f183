package org.flipside.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;

/**
 * What a command prints: the stages of a build on one progress line
 * ({@code scheme ✓ 42 ms · pdf 9 files ✓ 1.1 s · site 31 pages ✓ 0.8 s}), warnings grouped at the end,
 * errors repeated in a numbered summary. Progress goes to standard output, warnings and errors to standard
 * error. {@code --quiet} keeps only warnings and errors; {@code --verbose} puts each stage on its own line
 * (library messages come between them) and adds detail.
 */
final class Console {

    /** The console of the command running now, so the static error summary can end its progress line first. */
    private static volatile Console current;

    private final boolean quiet;
    private final boolean verbose;
    private final PrintStream out;
    private final PrintStream err;
    private final List<Problem> warnings = new ArrayList<>();
    private List<Problem> lastPrintedWarnings = List.of();
    private boolean lineOpen;

    Console(boolean quiet, boolean verbose) {
        this(quiet, verbose, System.out, System.err);
    }

    Console(boolean quiet, boolean verbose, PrintStream out, PrintStream err) {
        this.quiet = quiet;
        this.verbose = verbose;
        this.out = out;
        this.err = err;
        current = this;
    }

    boolean verbose() {
        return verbose;
    }

    boolean quiet() {
        return quiet;
    }

    /** Adds {@code site 31 pages ✓ 0.8 s} to the progress line. */
    synchronized void stage(String name, String detail, long startNanos) {
        if (quiet) return;
        String segment = name + (detail.isEmpty() ? "" : " " + detail) + " ✓ " + duration((System.nanoTime() - startNanos) / 1_000_000);
        if (verbose) {
            endLine();
            out.println(segment);
            return;
        }
        out.print(lineOpen ? " · " + segment : segment);
        out.flush();
        lineOpen = true;
    }

    /** Ends the progress line, if one is open. */
    synchronized void endLine() {
        if (lineOpen) {
            out.println();
            out.flush();
            lineOpen = false;
        }
    }

    synchronized void info(String line) {
        if (quiet) return;
        endLine();
        out.println(line);
    }

    /** A line printed even with {@code --quiet}: something the user must see (where the preview is). */
    synchronized void always(String line) {
        endLine();
        out.println(line);
        out.flush();
    }

    synchronized void detail(String line) {
        if (!verbose) return;
        endLine();
        out.println(line);
    }

    synchronized void warnings(List<Problem> found) {
        for (Problem p : found) if (!warnings.contains(p)) warnings.add(p);
    }

    /** Prints the grouped warnings collected so far and forgets them; call at the end of a command or build. */
    synchronized void finish() {
        endLine();
        if (!warnings.isEmpty()) {
            err.println();
            err.println(warnings.size() == 1 ? "1 warning:" : warnings.size() + " warnings:");
            for (Problem p : warnings) err.println("  warning: " + p);
            err.flush();
        }
        lastPrintedWarnings = List.copyOf(warnings);
        warnings.clear();
    }

    /**
     * Like {@link #finish()}, but when the warnings are the ones printed last time, says so in one line
     * instead of repeating them: {@code serve} rebuilds on every save.
     */
    synchronized void finishRepeated() {
        if (!warnings.isEmpty() && warnings.equals(lastPrintedWarnings)) {
            endLine();
            if (!quiet) err.println(warnings.size() == 1 ? "(the same warning as before)" : "(the same " + warnings.size() + " warnings as before)");
            warnings.clear();
            return;
        }
        finish();
    }

    /** Prints the errors of a failed build as a numbered list, then {@code after} (a line saying what happens now). */
    synchronized void problems(ProblemException e, String after) {
        endLine();
        printNumbered(err, e, after);
        err.flush();
    }

    /** The numbered error summary printed when a command fails on the user's input. */
    static void errorSummary(ProblemException e) {
        Console console = current;
        if (console != null) console.endLine();
        printNumbered(System.err, e, "Nothing was written; the previous output is unchanged.");
    }

    private static void printNumbered(PrintStream err, ProblemException e, String after) {
        List<Problem> errors = e.errors().isEmpty() ? e.problems() : e.errors();
        err.println();
        err.println(errors.size() == 1 ? "1 error:" : errors.size() + " errors:");
        int n = 1;
        for (Problem p : errors) err.println("  " + (n++) + ". " + p);
        List<Problem> alongside = e.problems().stream().filter(p -> !p.isError()).toList();
        if (!alongside.isEmpty() && !e.errors().isEmpty()) {
            err.println(alongside.size() == 1 ? "and 1 warning:" : "and " + alongside.size() + " warnings:");
            for (Problem p : alongside) err.println("  warning: " + p);
        }
        if (!after.isEmpty()) err.println(after);
    }

    static String duration(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
