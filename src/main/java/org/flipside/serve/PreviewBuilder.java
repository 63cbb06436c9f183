package org.flipside.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.flipside.diagnostic.ProblemException;

/** One build of the handbook into the preview folder; {@code serve} passes the real build, tests a fake one. */
@FunctionalInterface
public interface PreviewBuilder {

    /**
     * Builds into {@code previewDir}, replacing it only when the build succeeds. A build may swap in the
     * website before the PDF packs (which take longer) and tell {@code websiteFirst}; it then returns once the
     * packs are swapped in too.
     *
     * @return files the build read outside {@code scheme.yml}, {@code content/}, {@code themes/} and
     *         {@code assets/} (a logo elsewhere in the project), to be watched too; may be empty
     * @throws ProblemException when the input is invalid: the preview shows the problems until they are fixed
     */
    Set<Path> build(Path previewDir, Runnable websiteFirst) throws ProblemException, IOException;
}
