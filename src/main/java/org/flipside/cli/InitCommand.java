package org.flipside.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "init", mixinStandardHelpOptions = true, description = "Create a new scheme project.")
final class InitCommand implements Callable<Integer> {

    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        System.err.println("flipside init is not available yet.");
        return ExitCode.USAGE;
    }
}
