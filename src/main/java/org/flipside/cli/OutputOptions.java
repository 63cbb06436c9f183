package org.flipside.cli;

import picocli.CommandLine.Option;

/** {@code --quiet} and {@code --verbose}, shared by every command. */
public final class OutputOptions {

    @Option(names = {"-q", "--quiet"}, description = "Print only warnings and errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more detail, including library messages.")
    void verbose(boolean on) {
        Logging.setVerbose(on);
        this.verbose = on;
    }

    boolean verbose;

    Console console() {
        return new Console(quiet, verbose);
    }
}
