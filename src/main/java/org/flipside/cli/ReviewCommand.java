package org.flipside.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "review", mixinStandardHelpOptions = true, description = "Review a scheme against the reverse mentoring journey.")
final class ReviewCommand implements Callable<Integer> {

    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        System.err.println("flipside review is not available yet.");
        return ExitCode.USAGE;
    }
}
