package org.flipside.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flipside.diagnostic.ProblemException;
import org.flipside.pdf.PdfPacks;
import org.flipside.pdf.PdfResult;
import org.flipside.plan.Plan;

/**
 * Rebuilds the handbook after edits, inside one long-running process ({@code serve}), doing again only the
 * work an edit affects, with output byte-identical to a clean {@link HandbookBuild}:
 *
 * <ul>
 *   <li>nothing changed (a file saved as it was): nothing is rebuilt;</li>
 *   <li>the PDF packs are written again only when the plan or a project file they may read changed
 *       (a template edit reuses them), and always alongside the website, on another core;</li>
 *   <li>the website is baked with what the last builds already worked out: Markdown converted, pages parsed
 *       for the search index and the link check, templates compiled ({@code site} remembers them by their
 *       exact input), so an edited chapter costs its own page, its neighbours' links and the search index,
 *       and an edited template costs every page.</li>
 * </ul>
 *
 * <p>Every run still writes a complete output folder and swaps it in only on success, exactly as
 * {@code build} does, so a failing edit leaves the last good output in place.
 */
final class IncrementalBuild {

    private final Path schemeFile;
    private final Path root;
    private final Console console;

    private ProjectSnapshot lastInputs;
    private HandbookBuild.Result lastResult;
    private Path lastTarget;
    private ProjectSnapshot.Change lastChange = ProjectSnapshot.Change.FIRST;
    private boolean packsReused;

    // The last packs written, and what they were written from.
    private Plan packsPlan;
    private ProjectSnapshot packsInputs;
    private PdfResult packs;
    private Map<String, byte[]> packFiles;

    IncrementalBuild(Path schemeFile, Console console) {
        this.schemeFile = schemeFile.toAbsolutePath().normalize();
        this.root = this.schemeFile.getParent();
        this.console = console;
    }

    /**
     * Brings {@code target} up to date with the project, replacing it only when the build succeeds.
     *
     * @throws ProblemException when the scheme or content is invalid; {@code target} is then untouched
     */
    synchronized HandbookBuild.Result run(Path target) throws ProblemException, IOException {
        Path out = target.toAbsolutePath().normalize();
        ProjectSnapshot inputs = ProjectSnapshot.take(root, schemeFile);
        lastChange = lastInputs == null ? ProjectSnapshot.Change.FIRST
                : inputs.changeFrom(lastInputs, root.relativize(schemeFile).toString().replace('\\', '/'));
        packsReused = false;
        if (lastChange == ProjectSnapshot.Change.NONE && out.equals(lastTarget) && Files.isDirectory(out)) {
            return lastResult;
        }
        HandbookBuild.Result result = HandbookBuild.run(schemeFile, out, console, (plan, r) -> packsFor(plan, inputs));
        lastInputs = inputs;
        lastResult = result;
        lastTarget = out;
        return result;
    }

    /** What the last run found changed since the last successful one. */
    synchronized ProjectSnapshot.Change lastChange() {
        return lastChange;
    }

    /** True when the last run copied the packs of an earlier build instead of writing them. */
    synchronized boolean packsReused() {
        return packsReused;
    }

    /** The packs for {@code plan}: the last ones when they were made from the same plan and files. */
    private OutputStages.PdfStage packsFor(Plan plan, ProjectSnapshot inputs) {
        ProjectSnapshot pdfInputs = inputs.withoutThemes();
        if (packs != null && plan.equals(packsPlan) && pdfInputs.equals(packsInputs)) {
            PdfResult reused = packs;
            Map<String, byte[]> files = packFiles;
            packsReused = true;
            return dir -> {
                try {
                    for (Map.Entry<String, byte[]> f : files.entrySet()) {
                        Path file = dir.resolve(f.getKey());
                        Files.createDirectories(file.getParent());
                        Files.write(file, f.getValue());
                    }
                } catch (IOException e) {
                    return PdfPacks.write(plan, root, dir);
                }
                return reused;
            };
        }
        return dir -> {
            PdfResult written = PdfPacks.write(plan, root, dir);
            remember(plan, pdfInputs, written, dir);
            return written;
        };
    }

    private void remember(Plan plan, ProjectSnapshot pdfInputs, PdfResult written, Path dir) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            if (Files.isDirectory(dir)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(dir)) {
                    found = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : found) files.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            packs = null;
            return;
        }
        packsPlan = plan;
        packsInputs = pdfInputs;
        packs = written;
        packFiles = files;
    }
}
