package org.flipside.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.flipside.diagnostic.ProblemException;
import org.flipside.serve.PreviewListener;
import org.flipside.serve.PreviewSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Preview the handbook in a browser, rebuilding as you edit.",
                "Builds into a temporary folder (your output/ folder is not touched), serves it on "
                        + "http://127.0.0.1:8820/ and reloads the open tab after every change to the scheme file, "
                        + "content/, themes/ or assets/. While the scheme has errors the page lists them. Ctrl-C stops."})
final class ServeCommand implements Callable<Integer> {

    static final int DEFAULT_PORT = 8820;

    @Mixin SchemeFileOption scheme;
    @Mixin OutputOptions output;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT,
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only). "
                    + "Another address makes the preview reachable from other computers.")
    String host;

    @Override
    public Integer call() throws Exception {
        Console console = output.console();
        if (!Files.isRegularFile(scheme.file())) {
            System.err.println("flipside serve: there is no scheme file at " + scheme.file()
                    + " — run it in your project folder, name the file (flipside serve path/to/scheme.yml), "
                    + "or create a project with flipside init.");
            return ExitCode.INVALID_INPUT;
        }
        if (port < 0 || port > 65535) {
            System.err.println("flipside serve: --port must be between 0 and 65535, not " + port + ".");
            return ExitCode.USAGE;
        }
        PreviewSession session = open(scheme.file(), console);
        int actualPort;
        try {
            console.info("Building the preview of " + scheme.file().getFileName() + " (the first build is the slowest) …");
            actualPort = session.start(host, port);
        } catch (BindException e) {
            session.close();
            System.err.println("flipside serve: port " + port + " on " + host + " is in use (is another `flipside serve` running?). "
                    + "Stop it, or choose another port with --port, e.g. --port " + (port == DEFAULT_PORT ? DEFAULT_PORT + 1 : DEFAULT_PORT) + ".");
            return ExitCode.USAGE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            session.close();
            console.always("Stopped the preview.");
        }, "flipside-serve-stop"));
        console.always("Preview: " + url(host, actualPort) + "  (rebuilds when you save; Ctrl-C to stop)");
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            console.always("Note: listening on " + host + ", so other computers that can reach it can open the preview.");
        }
        session.awaitStop();
        return ExitCode.OK;
    }

    /** A session that builds with the real build and reports to {@code console}. Tests use it too. */
    static PreviewSession open(Path schemeFile, Console console) throws IOException {
        Path root = schemeFile.toAbsolutePath().normalize().getParent();
        IncrementalBuild incremental = new IncrementalBuild(schemeFile, console);
        return new PreviewSession(schemeFile, (previewDir, websiteFirst) -> {
            HandbookBuild.Result result = incremental.run(previewDir, website -> websiteFirst.run());
            String logo = result.plan().scheme().organisation().logo();
            return logo == null ? Set.of() : Set.of(root.resolve(logo).normalize());
        }, new TerminalReport(console));
    }

    static String url(String host, int port) {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port + "/";
    }

    /** Prints each rebuild the way {@code build} prints a build. */
    private record TerminalReport(Console console) implements PreviewListener {

        @Override
        public void rebuilding(Set<Path> changed) {
            String names = changed.stream().limit(3).map(p -> p.toString().isEmpty() ? "project folder" : p.toString())
                    .collect(Collectors.joining(", "));
            if (changed.size() > 3) names += " and " + (changed.size() - 3) + " more";
            console.info("");
            console.info("Changed: " + names + " — rebuilding");
        }

        @Override
        public void websiteUpdated(long millis, int tabs) {
            console.finishRepeated();
            console.info("✓ website updated in " + Console.duration(millis) + reloading(tabs) + "; PDF packs follow");
        }

        @Override
        public void built(long millis, int tabs, boolean first) {
            console.finishRepeated();
            console.info("✓ preview " + (first ? "built" : "updated") + " in " + Console.duration(millis) + reloading(tabs));
        }

        private static String reloading(int tabs) {
            return tabs == 0 ? "" : tabs == 1 ? " · reloading 1 open tab" : " · reloading " + tabs + " open tabs";
        }

        @Override
        public void invalid(ProblemException problems) {
            console.finishRepeated();
            console.problems(problems, "The preview shows these errors until you fix them.");
        }

        @Override
        public void crashed(Exception failure) {
            console.endLine();
            System.err.println("flipside serve: the build failed for a reason that is not your scheme: " + failure);
            System.err.println("Save again to retry. If it keeps happening, run with --verbose and report what it prints.");
            if (console.verbose()) failure.printStackTrace(System.err);
        }
    }
}
