package org.flipside.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code flipside <command>}: the entry point. Exit codes: see {@link ExitCode}. */
@Command(name = "flipside",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Turns scheme.yml into a reverse mentoring scheme handbook: a website and printable packs.")
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The commands, in the order help lists them. Only the command named first is set up when there is one:
     * picocli reads every option of every command it is given, which costs a build tens of milliseconds.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("check", CheckCommand::new);
        commands.put("build", BuildCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("init", InitCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("match", MatchCommand::new);
        commands.put("review", ReviewCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code, without exiting: tests call this. */
    public static int run(String... args) {
        Logging.quietLibraries();
        CommandLine cli = new CommandLine(new Main());
        String named = args.length > 0 ? args[0] : "";
        boolean one = COMMANDS.containsKey(named) && !named.equals("help");
        COMMANDS.forEach((name, command) -> {
            if (!one || name.equals(named)) cli.addSubcommand(name, command.get());
        });
        cli.setExitCodeExceptionMapper(ExitCode::forException);
        cli.setExecutionExceptionHandler(ExitCode::handleExecutionException);
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command, for example `flipside build`.");
    }
}
