package org.flipside.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.flipside.diagnostic.ProblemException;
import org.flipside.plan.Download;
import org.flipside.plan.Plan;
import org.flipside.plan.Planner;
import org.flipside.scheme.LoadedScheme;
import org.flipside.scheme.SchemeLoader;
import org.flipside.util.BuildDate;
import org.flipside.util.OutputFolder;

/**
 * One whole build: load → plan → PDF packs and website (in parallel), written to a staging folder and
 * swapped in only when every stage succeeded. Shared by {@code build} and {@code serve}.
 */
final class HandbookBuild {

    /** What a successful build produced. */
    record Result(Plan plan, int pages, List<Download> downloads) {}

    private HandbookBuild() {}

    /**
     * @param schemeFile the scheme file; its folder is the project folder
     * @param target     the output folder, replaced only on success
     * @throws ProblemException when the scheme or content is invalid; {@code target} is then untouched
     */
    static Result run(Path schemeFile, Path target, Console console) throws ProblemException, IOException {
        Path root = schemeFile.toAbsolutePath().normalize().getParent();
        LocalDate buildDate = BuildDate.resolve();

        long t = System.nanoTime();
        LoadedScheme loaded = SchemeLoader.load(schemeFile, root, buildDate);
        Plan plan = Planner.plan(loaded, root, buildDate);
        console.stage("scheme", "", t);
        console.warnings(plan.warnings());

        try (OutputFolder folder = OutputFolder.open(target)) {
            OutputStages.Written written = OutputStages.write(plan, root, folder.staging());
            List<Download> downloads = written.packs().downloads();
            long now = System.nanoTime();
            console.stage("pdf", downloads.size() + " files", now - written.pdfNanos());
            console.warnings(written.packs().warnings());
            console.stage("site", written.pages() + " pages", now - written.siteNanos());
            int pages = written.pages();

            folder.commit();
            return new Result(plan, pages, downloads);
        }
    }
}
