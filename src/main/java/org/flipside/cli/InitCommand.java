package org.flipside.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flipside.util.BuildDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create a new scheme project that builds as created: an annotated scheme.yml (and its schema, "
                + "for editor help), starter chapters in content/, a starter logo and the default theme.",
                "On a terminal it asks for the organisation, scheme name, start date and primary colour; "
                        + "options answer in advance (and in scripts, where nothing is asked). "
                        + "Existing files are never overwritten without --force."})
final class InitCommand implements Callable<Integer> {

    @Mixin OutputOptions output;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "Folder for the new project (default: the current folder); created if missing.")
    Path dir;

    @Option(names = "--organisation", paramLabel = "NAME", description = "The organisation's name, e.g. \"Harbour & Vale LLP\".")
    String organisation;

    @Option(names = "--name", paramLabel = "NAME", description = "The scheme's name (default: ORGANISATION Reverse Mentoring).")
    String name;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "The first day of the first phase (default: next Monday).")
    String start;

    @Option(names = {"--colour", "--color"}, paramLabel = "#RRGGBB", description = "The primary brand colour (default: " + InitAnswers.DEFAULT_PRIMARY + ").")
    String colour;

    @Option(names = {"-y", "--yes"}, description = "Ask nothing: use the defaults for anything not given as an option.")
    boolean noQuestions;

    @Option(names = "--force", description = "Overwrite files that already exist (only the files init writes).")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Console console = output.console();
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    target + " is a file, not a folder: name a folder for the new project, e.g. flipside init my-scheme");
        }
        InitAnswers answers = answers();
        Map<String, byte[]> files = StarterProject.files(answers);

        List<String> existing = new ArrayList<>();
        for (String file : files.keySet()) if (Files.exists(target.resolve(file))) existing.add(file);
        if (!existing.isEmpty() && !force) {
            System.err.println("flipside init: nothing was written, because " + (existing.size() == 1 ? "this file" : "these "
                    + existing.size() + " files") + " already exist" + (existing.size() == 1 ? "s" : "") + " in " + target + ":");
            existing.stream().limit(20).forEach(file -> System.err.println("  " + file));
            if (existing.size() > 20) System.err.println("  and " + (existing.size() - 20) + " more");
            System.err.println("Choose an empty folder (flipside init my-scheme), or add --force to overwrite them.");
            return ExitCode.INVALID_INPUT;
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = target.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        report(console, target, files, existing.size());
        return ExitCode.OK;
    }

    private InitAnswers answers() throws IOException {
        LocalDate today = BuildDate.resolve();
        try {
            String org = organisation == null ? null : InitAnswers.name("organisation name", organisation);
            String scheme = name == null ? null : InitAnswers.name("scheme name", name);
            LocalDate first = start == null ? null : InitAnswers.date(start);
            String primary = colour == null ? null : InitAnswers.colour(colour);
            boolean complete = org != null && scheme != null && first != null && primary != null;
            java.io.Console terminal = System.console();
            if (!complete && !noQuestions && terminal != null) {
                return new InitQuestions(new BufferedReader(terminal.reader()), terminal.writer())
                        .ask(org, scheme, first, primary, today);
            }
            org = org != null ? org : InitAnswers.DEFAULT_ORGANISATION;
            return new InitAnswers(org, scheme != null ? scheme : InitAnswers.defaultSchemeName(org),
                    first != null ? first : InitAnswers.defaultStart(today),
                    primary != null ? primary : InitAnswers.DEFAULT_PRIMARY);
        } catch (InitAnswers.InvalidAnswer e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static void report(Console console, Path target, Map<String, byte[]> files, int overwritten) {
        long chapters = files.keySet().stream().filter(f -> f.startsWith("content/") && f.endsWith(".md")).count();
        long themeFiles = files.keySet().stream().filter(f -> f.startsWith("themes/")).count();
        console.always("Created a new scheme in " + target + (overwritten > 0 ? " (" + overwritten + " files overwritten)" : "") + ":");
        console.info("  scheme.yml            your scheme: every setting, each with a comment saying what it does");
        console.info("  scheme.schema.json    lets editors such as VS Code check scheme.yml as you type");
        console.info("  content/              " + chapters + " starter chapters and a starter logo (content/assets/logo.png)");
        console.info("  themes/default/       how the website looks (" + themeFiles + " files)");
        String cd = target.equals(Path.of("").toAbsolutePath()) ? "" : "  cd " + quoteForShell(target.toString()) + "\n";
        console.info("Next:\n" + cd
                + "  " + Invocation.command() + " serve    preview the handbook as you edit scheme.yml\n"
                + "  " + Invocation.command() + " build    write the website and PDF packs into output/");
    }

    private static String quoteForShell(String path) {
        return path.matches("[A-Za-z0-9_./:\\\\-]+") ? path : "\"" + path.replace("\"", "\\\"") + "\"";
    }
}
