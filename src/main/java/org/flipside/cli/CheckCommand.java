package org.flipside.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.flipside.plan.Plan;
import org.flipside.plan.Planner;
import org.flipside.scheme.LoadedScheme;
import org.flipside.scheme.SchemeLoader;
import org.flipside.util.BuildDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate scheme.yml and print a summary of the plan (or the plan as JSON).")
final class CheckCommand implements Callable<Integer> {

    @Mixin SchemeFileOption scheme;
    @Mixin OutputOptions output;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        Console console = output.console();
        LocalDate buildDate = BuildDate.resolve();
        LoadedScheme loaded = SchemeLoader.load(scheme.file(), scheme.projectRoot(), buildDate);
        Plan plan = Planner.plan(loaded, scheme.projectRoot(), buildDate);
        console.info("scheme ✓ " + plan.scheme().scheme().name());
        console.warnings(plan.warnings());
        console.finish();
        return ExitCode.OK;
    }
}
