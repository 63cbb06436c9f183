package org.flipside.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "match", mixinStandardHelpOptions = true, description = "Pair mentors and mentees from questionnaire responses.")
final class MatchCommand implements Callable<Integer> {

    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        System.err.println("flipside match is not available yet.");
        return ExitCode.USAGE;
    }
}
