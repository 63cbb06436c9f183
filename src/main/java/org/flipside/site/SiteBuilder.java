package org.flipside.site;

import java.nio.file.Path;
import java.util.List;
import org.flipside.diagnostic.ProblemException;
import org.flipside.plan.Download;
import org.flipside.plan.Plan;

/** Bakes the handbook website with JBake. (Skeleton: the website issue fills this in.) */
public final class SiteBuilder {

    private SiteBuilder() {}

    /**
     * Writes the website into {@code outputDir} (an empty folder).
     *
     * @param themeDir  the theme's folder ({@code themes/default})
     * @param downloads the packs already written to {@code outputDir/downloads}, for the downloads page
     * @return the number of pages written
     * @throws ProblemException on template errors, broken links or unsafe content
     */
    public static int build(Plan plan, Path projectRoot, Path themeDir, Path outputDir, List<Download> downloads)
            throws ProblemException {
        return 0;
    }
}
