package org.flipside.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Preview the handbook in a browser, rebuilding as you edit.")
final class ServeCommand implements Callable<Integer> {

    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        System.err.println("flipside serve is not available yet.");
        return ExitCode.USAGE;
    }
}
