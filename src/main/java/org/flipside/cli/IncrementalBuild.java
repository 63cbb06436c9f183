package org.flipside.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.pdf.PackOutput;
import org.flipside.pdf.PackWork;
import org.flipside.pdf.PdfPacks;
import org.flipside.pdf.PdfResult;
import org.flipside.plan.Download;
import org.flipside.plan.Plan;
import org.flipside.plan.Planner;
import org.flipside.scheme.SchemeLoader;
import org.flipside.site.SiteBuilder;
import org.flipside.util.BuildDate;
import org.flipside.util.OutputFolder;
import org.flipside.util.Tasks;

/**
 * Rebuilds the handbook after edits, inside one long-running process ({@code serve}), doing again only the
 * work an edit affects, and ending with output byte-identical to a clean {@link HandbookBuild}:
 *
 * <ul>
 *   <li>nothing changed (a file saved as it was): nothing is rebuilt;</li>
 *   <li>a PDF pack is written again only when its own input changed ({@link PdfPacks#inputOf}: a chapter edit
 *       rewrites the full handbook and no other pack, a template edit none); the others are copied from
 *       memory;</li>
 *   <li>the website is baked with what the last builds already worked out ({@code site} remembers converted
 *       Markdown, parsed pages and compiled templates by their exact input).</li>
 * </ul>
 *
 * <p>When packs must be written again, {@code serve} does not wait for them to show an edit: the website is
 * swapped in first, its downloads page still listing the packs already shown (whose files it keeps), and
 * then, once the packs are written, the whole output again with the new packs. Each swap replaces a complete
 * folder and happens only on success, so a failing edit leaves the last good output in place. {@code build}
 * never does this: it swaps everything in at once ({@link HandbookBuild}).
 */
final class IncrementalBuild {

    private final Path schemeFile;
    private final Path root;
    private final String schemeKey;
    private final Console console;

    private ProjectSnapshot lastInputs;
    private HandbookBuild.Result lastResult;
    private Path lastTarget;
    private ProjectSnapshot.Change lastChange = ProjectSnapshot.Change.FIRST;
    private List<String> packsWritten = List.of();
    private final List<String> swaps = new ArrayList<>();
    private final KeptPacks kept;

    IncrementalBuild(Path schemeFile, Console console) {
        this.schemeFile = schemeFile.toAbsolutePath().normalize();
        this.root = this.schemeFile.getParent();
        this.schemeKey = root.relativize(this.schemeFile).toString().replace('\\', '/');
        this.console = console;
        this.kept = new KeptPacks(root, schemeKey);
    }

    /** As {@link #run(Path, Consumer)}, swapping everything in at once, as {@code build} does. */
    synchronized HandbookBuild.Result run(Path target) throws ProblemException, IOException {
        return run(target, null);
    }

    /**
     * Brings {@code target} up to date with the project, replacing it only when the build succeeds.
     *
     * @param websiteFirst null to swap in website and packs at once; else, when packs must be written again
     *                     and {@code target} already holds an earlier build, the website is swapped in first
     *                     and this is told (the result's downloads are then the packs still shown); the
     *                     method returns once the new packs are swapped in too
     * @throws ProblemException when the scheme or content is invalid; {@code target} then holds the last output
     *                          that succeeded (possibly the website of this edit, when only the packs failed)
     */
    synchronized HandbookBuild.Result run(Path target, Consumer<HandbookBuild.Result> websiteFirst)
            throws ProblemException, IOException {
        Path out = target.toAbsolutePath().normalize();
        ProjectSnapshot inputs = ProjectSnapshot.take(root, schemeFile);
        if (lastResult != null && logo(lastResult.plan()) != null) inputs = inputs.with(root, logo(lastResult.plan()));
        lastChange = lastInputs == null ? ProjectSnapshot.Change.FIRST : inputs.changeFrom(lastInputs, schemeKey);
        packsWritten = List.of();
        swaps.clear();
        if (lastChange == ProjectSnapshot.Change.NONE && out.equals(lastTarget) && Files.isDirectory(out)) {
            return lastResult;
        }
        long t = System.nanoTime();
        LocalDate buildDate = BuildDate.resolve();
        Plan plan = Planner.plan(SchemeLoader.load(schemeFile, root, buildDate), root, buildDate);
        console.stage("scheme", "", t);
        console.warnings(plan.warnings());
        if (logo(plan) != null) inputs = inputs.with(root, logo(plan));

        Map<String, PackOutput> unchanged = kept.unchanged(plan, inputs);
        packsWritten = plan.scheme().handbook().packs().stream().filter(p -> !unchanged.containsKey(p)).toList();
        boolean shownBefore = lastResult != null && out.equals(lastTarget) && Files.isDirectory(out);
        HandbookBuild.Result result = websiteFirst != null && shownBefore && !packsWritten.isEmpty()
                ? websiteThenPacks(plan, inputs, unchanged, out, websiteFirst)
                : together(plan, inputs, unchanged, out);
        lastInputs = inputs;
        lastResult = result;
        lastTarget = out;
        return result;
    }

    /** What the last run found changed since the last successful one. */
    synchronized ProjectSnapshot.Change lastChange() {
        return lastChange;
    }

    /** The packs the last run wrote again (the others were copied from memory), in {@code handbook.packs} order. */
    synchronized List<String> packsWritten() {
        return packsWritten;
    }

    /**
     * What the last run swapped into the target, in order: {@code everything}, {@code website} (with the packs
     * shown before), {@code packs} (with the website just swapped in, when it shows the new packs alike).
     */
    synchronized List<String> lastSwaps() {
        return List.copyOf(swaps);
    }

    /** Website and packs written at the same time and swapped in together. */
    private HandbookBuild.Result together(Plan plan, ProjectSnapshot inputs, Map<String, PackOutput> unchanged, Path out)
            throws ProblemException, IOException {
        PackWork work = new PackWork();
        try (OutputFolder folder = OutputFolder.open(out)) {
            OutputStages.Written written = OutputStages.write(plan, root, folder.staging(), dir -> {
                try {
                    kept.putFiles(dir, unchanged.keySet());
                    return kept.write(plan, inputs, unchanged, dir, work);
                } catch (IOException e) {
                    throw unwritable(dir, e);
                }
            }, work);
            reportPacks(written.packs().downloads().size(), written.pdfNanos(), written.packs().warnings());
            console.stage("site", written.pages() + " pages", System.nanoTime() - written.siteNanos());
            Path old = folder.commitKeepingOld();
            swaps.add("everything");
            OutputFolder.deleteTree(old);
            return new HandbookBuild.Result(plan, written.pages(), written.packs().downloads());
        }
    }

    /**
     * The website first, with the packs {@code out} shows now (linked from it, as its downloads page lists
     * them), while the packs that changed are written on another thread; then everything with the new packs.
     */
    private HandbookBuild.Result websiteThenPacks(Plan plan, ProjectSnapshot inputs, Map<String, PackOutput> unchanged,
                                                 Path out, Consumer<HandbookBuild.Result> websiteFirst)
            throws ProblemException, IOException {
        Path packsDir = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".packs-");
        try {
            long pdfStart = System.nanoTime();
            PackWork work = new PackWork();
            FutureTask<PdfResult> packs =
                    OutputStages.inBackground(() -> kept.write(plan, inputs, unchanged, packsDir, work));
            List<Download> shownPacks = lastResult.downloads();
            try {
                website(plan, out, shownPacks, dir -> OutputFolder.link(out.resolve("downloads"), dir, file -> true), "website", website -> {
                    lastResult = website; // what the target shows from now on, should the packs fail
                    websiteFirst.accept(website);
                });
            } catch (ProblemException | IOException | RuntimeException e) {
                Tasks.result(packs); // the packs' own problems first, as in a clean build
                throw e;
            }
            work.help(); // the website is in: this thread writes packs too rather than wait for them
            PdfResult written = Tasks.result(packs);
            reportPacks(written.downloads().size(), System.nanoTime() - pdfStart, written.warnings());
            PackFiles newPacks = dir -> kept.putFiles(dir, plan.scheme().handbook().packs());
            if (SiteBuilder.showsAlike(lastResult.downloads(), written.downloads())) {
                // The website just swapped in is the one these packs give: keep it (linked), with the new packs.
                return packsOnly(plan, out, lastResult.pages(), written.downloads(), newPacks);
            }
            return website(plan, out, written.downloads(), newPacks, "everything", website -> {});
        } finally {
            OutputFolder.deleteTree(packsDir);
        }
    }

    /** Puts the packs' files into a downloads folder. */
    @FunctionalInterface
    private interface PackFiles {
        void put(Path downloadsDir) throws IOException;
    }

    /**
     * Bakes the website with {@code downloads} (whose files {@code packFiles} puts in place), swaps it in (as
     * {@code what}, for {@link #lastSwaps}) and tells {@code swapped}, then removes the old output.
     */
    private HandbookBuild.Result website(Plan plan, Path out, List<Download> downloads, PackFiles packFiles, String what,
                                         Consumer<HandbookBuild.Result> swapped) throws ProblemException, IOException {
        try (OutputFolder folder = OutputFolder.open(out)) {
            packFiles.put(folder.staging().resolve("downloads"));
            long t = System.nanoTime();
            int pages = SiteBuilder.build(plan, root, root.resolve("themes/default"), folder.staging(), downloads);
            console.stage("site", pages + " pages", t);
            Path old = folder.commitKeepingOld();
            swaps.add(what);
            HandbookBuild.Result result = new HandbookBuild.Result(plan, pages, downloads);
            swapped.accept(result);
            OutputFolder.deleteTree(old);
            return result;
        }
    }

    /** The website in {@code out} as it is (its files linked), with the packs {@code packFiles} puts in place. */
    private HandbookBuild.Result packsOnly(Plan plan, Path out, int pages, List<Download> downloads, PackFiles packFiles)
            throws IOException {
        try (OutputFolder folder = OutputFolder.open(out)) {
            OutputFolder.link(out, folder.staging(), file -> !out.relativize(file).startsWith("downloads"));
            packFiles.put(folder.staging().resolve("downloads"));
            OutputFolder.deleteTree(folder.commitKeepingOld());
            swaps.add("packs");
            return new HandbookBuild.Result(plan, pages, downloads);
        }
    }

    private void reportPacks(int files, long tookNanos, List<Problem> warnings) {
        console.stage("pdf", files + " files", System.nanoTime() - tookNanos);
        console.warnings(warnings);
    }

    private static ProblemException unwritable(Path dir, IOException e) {
        return new ProblemException(Problem.error(Location.ofFile(dir.toString()),
                "Could not write the PDF packs: " + e.getMessage(),
                "Check that the output folder can be written to and that the disk is not full."));
    }

    private Path logo(Plan plan) {
        String logo = plan.scheme().organisation().logo();
        return logo == null || logo.isBlank() ? null : root.resolve(logo).normalize();
    }
}
