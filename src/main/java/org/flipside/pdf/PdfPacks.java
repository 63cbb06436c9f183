package org.flipside.pdf;

import java.nio.file.Path;
import java.util.List;
import org.flipside.diagnostic.ProblemException;
import org.flipside.plan.Download;
import org.flipside.plan.Plan;

/** Writes the printable packs. (Skeleton: the PDF issue fills this in.) */
public final class PdfPacks {

    private PdfPacks() {}

    /**
     * Writes every pack listed in {@code handbook.packs} into {@code downloadsDir}.
     *
     * @return what was written, in the order the downloads page lists it
     */
    public static List<Download> write(Plan plan, Path projectRoot, Path downloadsDir) throws ProblemException {
        return List.of();
    }
}
