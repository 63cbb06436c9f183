package org.flipside.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code flipside new KIND ...}: adds something to the project. Only chapters so far. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Add something to the project: flipside new chapter TITLE.",
        subcommands = NewChapterCommand.class)
final class NewCommand implements Runnable {

    @Mixin OutputOptions output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Say what to add, for example: flipside new chapter \"Questions people ask\"");
    }
}
