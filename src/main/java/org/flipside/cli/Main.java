package org.flipside.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code flipside <command>}: the entry point. Exit codes: see {@link ExitCode}. */
@Command(name = "flipside",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Turns scheme.yml into a reverse mentoring scheme handbook: a website and printable packs.",
        subcommands = {
                CheckCommand.class,
                BuildCommand.class,
                ServeCommand.class,
                InitCommand.class,
                NewCommand.class,
                MatchCommand.class,
                ReviewCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code, without exiting: tests call this. */
    public static int run(String... args) {
        Logging.quietLibraries();
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(ExitCode::forException);
        cli.setExecutionExceptionHandler(ExitCode::handleExecutionException);
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command, for example `flipside build`.");
    }
}
