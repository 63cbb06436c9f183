package org.flipside.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.pdf.PackOutput;
import org.flipside.pdf.PdfPacks;
import org.flipside.pdf.PdfResult;
import org.flipside.plan.Download;
import org.flipside.plan.Plan;
import org.flipside.plan.Planner;
import org.flipside.scheme.SchemeLoader;
import org.flipside.site.SiteBuilder;
import org.flipside.util.BuildDate;
import org.flipside.util.OutputFolder;

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
    private final Map<String, KeptPack> kept = new HashMap<>();

    /** A pack as last written: what it was written from, what it reported, and its files' bytes by name. */
    private record KeptPack(Plan input, ProjectSnapshot files, PackOutput output, Map<String, byte[]> bytes) {}

    IncrementalBuild(Path schemeFile, Console console) {
        this.schemeFile = schemeFile.toAbsolutePath().normalize();
        this.root = this.schemeFile.getParent();
        this.schemeKey = root.relativize(this.schemeFile).toString().replace('\\', '/');
        this.console = console;
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

        Map<String, PackOutput> unchanged = unchangedPacks(plan, inputs);
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
        try (OutputFolder folder = OutputFolder.open(out)) {
            OutputStages.Written written = OutputStages.write(plan, root, folder.staging(), dir -> {
                try {
                    putKeptFiles(dir, unchanged.keySet());
                    return writePacks(plan, inputs, unchanged, dir);
                } catch (IOException e) {
                    throw unwritable(dir, e);
                }
            });
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
            FutureTask<PdfResult> packs =
                    OutputStages.inBackground(() -> writePacks(plan, inputs, unchanged, packsDir));
            List<Download> shownPacks = lastResult.downloads();
            try {
                website(plan, out, shownPacks, dir -> linkTree(out.resolve("downloads"), dir), "website", website -> {
                    lastResult = website; // what the target shows from now on, should the packs fail
                    websiteFirst.accept(website);
                });
            } catch (ProblemException | IOException | RuntimeException e) {
                OutputStages.await(packs); // the packs' own problems first, as in a clean build
                throw e;
            }
            PdfResult written = OutputStages.await(packs);
            reportPacks(written.downloads().size(), System.nanoTime() - pdfStart, written.warnings());
            PackFiles newPacks = dir -> putKeptFiles(dir, plan.scheme().handbook().packs());
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
            linkTree(out, folder.staging(), file -> !out.relativize(file).startsWith("downloads"));
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

    /** The packs whose input is what it was when they were last written. */
    private Map<String, PackOutput> unchangedPacks(Plan plan, ProjectSnapshot inputs) {
        Map<String, PackOutput> unchanged = new LinkedHashMap<>();
        synchronized (kept) {
            for (String pack : plan.scheme().handbook().packs()) {
                KeptPack k = kept.get(pack);
                if (k != null && k.input().equals(PdfPacks.inputOf(pack, plan)) && k.files().equals(filesFor(pack, inputs))) {
                    unchanged.put(pack, k.output());
                }
            }
        }
        return unchanged;
    }

    private ProjectSnapshot filesFor(String pack, ProjectSnapshot inputs) {
        return inputs.forPacks(schemeKey, PdfPacks.readsChapters(pack));
    }

    private static ProblemException unwritable(Path dir, IOException e) {
        return new ProblemException(Problem.error(Location.ofFile(dir.toString()),
                "Could not write the PDF packs: " + e.getMessage(),
                "Check that the output folder can be written to and that the disk is not full."));
    }

    /** Writes the packs not in {@code unchanged} into {@code dir} and keeps them in memory for the next runs. */
    private PdfResult writePacks(Plan plan, ProjectSnapshot inputs, Map<String, PackOutput> unchanged,
                                                  Path dir) throws ProblemException, IOException {
        PdfPacks.Written written = PdfPacks.writeChanged(plan, root, dir, unchanged);
        Map<String, KeptPack> fresh = new HashMap<>();
        for (PackOutput output : written.packs().values()) {
            if (unchanged.containsKey(output.pack())) continue;
            Map<String, byte[]> bytes = new LinkedHashMap<>();
            for (Download d : output.downloads()) bytes.put(d.fileName(), Files.readAllBytes(dir.resolve(d.fileName())));
            fresh.put(output.pack(), new KeptPack(PdfPacks.inputOf(output.pack(), plan), filesFor(output.pack(), inputs),
                    output, bytes));
        }
        synchronized (kept) {
            kept.putAll(fresh);
        }
        return written.result();
    }

    /** Writes the kept files of {@code packs} into {@code dir}. */
    private void putKeptFiles(Path dir, Iterable<String> packs) throws IOException {
        synchronized (kept) {
            for (String pack : packs) {
                KeptPack k = kept.get(pack);
                if (k == null) continue;
                for (Map.Entry<String, byte[]> f : k.bytes().entrySet()) {
                    Files.createDirectories(dir);
                    Files.write(dir.resolve(f.getKey()), f.getValue());
                }
            }
        }
    }

    /** Hard-links every file of {@code from} into {@code to} (copies where links are not possible). */
    private static void linkTree(Path from, Path to) throws IOException {
        linkTree(from, to, file -> true);
    }

    /** Hard-links the files of {@code from} that {@code wanted} accepts into {@code to}. */
    private static void linkTree(Path from, Path to, java.util.function.Predicate<Path> wanted) throws IOException {
        if (!Files.isDirectory(from)) return;
        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(from)) {
            walk.filter(Files::isRegularFile).filter(wanted).forEach(files::add);
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, f);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(f, target);
            }
        }
    }

    private Path logo(Plan plan) {
        String logo = plan.scheme().organisation().logo();
        return logo == null || logo.isBlank() ? null : root.resolve(logo).normalize();
    }
}
