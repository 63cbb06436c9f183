package org.flipside.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the handbook website and the PDF packs into the output folder.")
final class BuildCommand implements Callable<Integer> {

    @Mixin SchemeFileOption scheme;
    @Mixin OutputOptions output;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder (default: output/ in the project folder). Replaced only when the build succeeds.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Console console = output.console();
        Path target = out != null ? out.toAbsolutePath().normalize() : scheme.projectRoot().resolve("output");
        HandbookBuild.run(scheme.file(), target, console);
        console.info("Handbook written to " + target);
        console.finish();
        return ExitCode.OK;
    }
}
