package org.flipside.pdf;

import java.util.List;
import org.flipside.diagnostic.Problem;
import org.flipside.plan.Download;

/**
 * What {@link PdfPacks#write} produced: the files, in the order the downloads page lists them, and the warnings
 * found while writing them (a character no shipped font can draw, a logo that cannot be printed).
 */
public record PdfResult(List<Download> downloads, List<Problem> warnings) {

    public PdfResult {
        downloads = List.copyOf(downloads);
        warnings = List.copyOf(warnings);
    }
}
