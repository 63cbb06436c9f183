package org.flipside.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.flipside.plan.Plan;
import org.flipside.plan.Planner;
import org.flipside.review.Review;
import org.flipside.review.ReviewHtml;
import org.flipside.review.ReviewJson;
import org.flipside.review.ReviewText;
import org.flipside.review.Reviewer;
import org.flipside.scheme.LoadedScheme;
import org.flipside.scheme.SchemeLoader;
import org.flipside.util.BuildDate;
import org.flipside.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Review a scheme against each step of the reverse mentoring journey: what is strong, what",
                "could be stronger, and the lines to add to scheme.yml. Advice only: the exit code is 0 whatever the",
                "review finds, and 1 only when the scheme is invalid (as with `check`)."})
final class ReviewCommand implements Callable<Integer> {

    enum Format { text, json, html }

    @Mixin SchemeFileOption scheme;
    @Mixin OutputOptions output;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (for the terminal), json (for tools) or html (a page written to --out). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Where --format html writes the page (default: output/review.html in the project folder)."
                    + " A later `flipside build` replaces output/, so review again after building, or write it elsewhere.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Console console = output.console();
        LocalDate buildDate = BuildDate.resolve();
        LoadedScheme loaded = SchemeLoader.load(scheme.file(), scheme.projectRoot(), buildDate);
        Plan plan = Planner.plan(loaded, scheme.projectRoot(), buildDate);
        Review review = Reviewer.review(plan);
        switch (format) {
            case json -> System.out.println(Json.write(ReviewJson.of(review)));
            case html -> {
                Path target = (out != null ? out : scheme.projectRoot().resolve("output").resolve("review.html"))
                        .toAbsolutePath().normalize();
                ReviewHtml.write(review, target);
                console.info(ReviewText.scoreLine(review));
                console.info("Review written to " + target);
                if (out == null) console.info("`flipside build` replaces output/, review.html with it: review again after building.");
                console.warnings(plan.warnings());
                console.finish();
            }
            default -> {
                for (String line : ReviewText.lines(review)) console.info(line);
                if (output.quiet) System.out.println(ReviewText.scoreLine(review));
                console.warnings(plan.warnings());
                console.finish();
            }
        }
        return ExitCode.OK;
    }
}
