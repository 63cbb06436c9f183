package org.flipside.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "new", mixinStandardHelpOptions = true, description = "Add a chapter to content/.")
final class NewCommand implements Callable<Integer> {

    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        System.err.println("flipside new is not available yet.");
        return ExitCode.USAGE;
    }
}
