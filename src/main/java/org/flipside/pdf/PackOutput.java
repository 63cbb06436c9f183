package org.flipside.pdf;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.diagnostic.Problem;
import org.flipside.plan.Download;

/**
 * What one pack contributed to a {@link PdfPacks#write} run: its files (as the downloads page lists them), the
 * warnings it added and the characters it could not draw. Kept by a long-running process so that the next run
 * can skip a pack whose input did not change ({@link PdfPacks#writeChanged}) and still report exactly what a full
 * run would.
 */
public final class PackOutput {

    private final String pack;
    private final List<Download> downloads;
    final List<Problem> warnings;
    final Map<Integer, Set<String>> missingGlyphs;

    PackOutput(String pack, List<Download> downloads, List<Problem> warnings, Map<Integer, Set<String>> missingGlyphs) {
        this.pack = pack;
        this.downloads = List.copyOf(downloads);
        this.warnings = List.copyOf(warnings);
        this.missingGlyphs = Map.copyOf(missingGlyphs);
    }

    /** The pack's name, as in {@code handbook.packs}. */
    public String pack() {
        return pack;
    }

    /** The files the pack wrote into the downloads folder, in the order the downloads page lists them. */
    public List<Download> downloads() {
        return downloads;
    }
}
