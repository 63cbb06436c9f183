package org.flipside.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flipside.diagnostic.ProblemException;
import org.flipside.pdf.PackOutput;
import org.flipside.pdf.PackWork;
import org.flipside.pdf.PdfPacks;
import org.flipside.pdf.PdfResult;
import org.flipside.plan.Download;
import org.flipside.plan.Plan;

/**
 * The PDF packs a long-running process last wrote, in memory, each with what it was written from (its part of
 * the plan, {@link PdfPacks#inputOf}, and the project files it may read), so that {@link IncrementalBuild}
 * writes again only the packs whose input changed and copies the others. Safe to use from the thread that
 * writes the packs while another bakes the website.
 */
final class KeptPacks {

    private final Path root;
    private final String schemeKey;
    private final Map<String, Kept> kept = new HashMap<>();

    /** A pack as last written: what it was written from, what it reported, and its files' bytes by name. */
    private record Kept(Plan input, ProjectSnapshot files, PackOutput output, Map<String, byte[]> bytes) {}

    /** @param schemeKey the scheme file's key in a {@link ProjectSnapshot} */
    KeptPacks(Path root, String schemeKey) {
        this.root = root;
        this.schemeKey = schemeKey;
    }

    /** The packs of {@code plan} whose input is what it was when they were last written. */
    synchronized Map<String, PackOutput> unchanged(Plan plan, ProjectSnapshot inputs) {
        Map<String, PackOutput> unchanged = new LinkedHashMap<>();
        for (String pack : plan.scheme().handbook().packs()) {
            Kept k = kept.get(pack);
            if (k != null && k.input().equals(PdfPacks.inputOf(pack, plan)) && k.files().equals(filesFor(pack, inputs))) {
                unchanged.put(pack, k.output());
            }
        }
        return unchanged;
    }

    /**
     * Writes the packs not in {@code unchanged} into {@code dir} and keeps them for the next runs; a thread
     * calling {@code work.help()} meanwhile writes some of them.
     */
    PdfResult write(Plan plan, ProjectSnapshot inputs, Map<String, PackOutput> unchanged, Path dir, PackWork work)
            throws ProblemException, IOException {
        PdfPacks.Written written = PdfPacks.writeChanged(plan, root, dir, unchanged, work);
        Map<String, Kept> fresh = new HashMap<>();
        for (PackOutput output : written.packs().values()) {
            if (unchanged.containsKey(output.pack())) continue;
            Map<String, byte[]> bytes = new LinkedHashMap<>();
            for (Download d : output.downloads()) bytes.put(d.fileName(), Files.readAllBytes(dir.resolve(d.fileName())));
            fresh.put(output.pack(), new Kept(PdfPacks.inputOf(output.pack(), plan), filesFor(output.pack(), inputs),
                    output, bytes));
        }
        synchronized (this) {
            kept.putAll(fresh);
        }
        return written.result();
    }

    /** Writes the kept files of {@code packs} into {@code dir} (created only when there is a file to write). */
    synchronized void putFiles(Path dir, Iterable<String> packs) throws IOException {
        for (String pack : packs) {
            Kept k = kept.get(pack);
            if (k == null) continue;
            for (Map.Entry<String, byte[]> f : k.bytes().entrySet()) {
                Files.createDirectories(dir);
                Files.write(dir.resolve(f.getKey()), f.getValue());
            }
        }
    }

    private ProjectSnapshot filesFor(String pack, ProjectSnapshot inputs) {
        return inputs.forPacks(schemeKey, PdfPacks.readsChapters(pack));
    }
}
