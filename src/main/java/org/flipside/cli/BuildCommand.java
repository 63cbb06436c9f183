package org.flipside.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.flipside.pdf.PdfPacks;
import org.flipside.pdf.PdfResult;
import org.flipside.plan.Download;
import org.flipside.plan.Plan;
import org.flipside.plan.Planner;
import org.flipside.scheme.LoadedScheme;
import org.flipside.scheme.SchemeLoader;
import org.flipside.site.SiteBuilder;
import org.flipside.util.BuildDate;
import org.flipside.util.OutputFolder;
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
        Path root = scheme.projectRoot();
        Path target = out != null ? out : root.resolve("output");
        LocalDate buildDate = BuildDate.resolve();

        long t = System.nanoTime();
        LoadedScheme loaded = SchemeLoader.load(scheme.file(), root, buildDate);
        Plan plan = Planner.plan(loaded, root, buildDate);
        console.stage("scheme", "", t);
        console.warnings(plan.warnings());

        try (OutputFolder folder = OutputFolder.open(target)) {
            t = System.nanoTime();
            PdfResult packs = PdfPacks.write(plan, root, folder.staging().resolve("downloads"));
            List<Download> downloads = packs.downloads();
            console.stage("pdf", downloads.size() + " files", t);
            console.warnings(packs.warnings());

            t = System.nanoTime();
            int pages = SiteBuilder.build(plan, root, root.resolve("themes/default"), folder.staging(), downloads);
            console.stage("site", pages + " pages", t);

            folder.commit();
        }
        console.info("Handbook written to " + target.toAbsolutePath().normalize());
        console.finish();
        return ExitCode.OK;
    }
}
