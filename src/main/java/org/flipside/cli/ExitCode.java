package org.flipside.cli;

import org.flipside.diagnostic.ProblemException;
import picocli.CommandLine;

/** The process exit codes, documented in the README. */
public final class ExitCode {

    /** Everything worked. */
    public static final int OK = 0;
    /** The scheme or the content is invalid: the messages say where and what to do. */
    public static final int INVALID_INPUT = 1;
    /** The command line was wrong (unknown command or option). */
    public static final int USAGE = 2;
    /** Something failed that is not the user's input (a bug, a full disk): the message says what. */
    public static final int INTERNAL = 3;

    private ExitCode() {}

    static int forException(Throwable t) {
        if (t instanceof ProblemException) return INVALID_INPUT;
        if (t instanceof CommandLine.ParameterException) return USAGE;
        return INTERNAL;
    }

    static int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (e instanceof ProblemException problems) {
            Console.errorSummary(problems);
            return INVALID_INPUT;
        }
        System.err.println("flipside: something went wrong that is not a problem with your scheme: " + e);
        System.err.println("Please report it with the command you ran. Run again with --verbose for details.");
        if (Logging.verbose()) e.printStackTrace(System.err);
        return INTERNAL;
    }
}
