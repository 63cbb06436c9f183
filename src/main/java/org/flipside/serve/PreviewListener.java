package org.flipside.serve;

import java.nio.file.Path;
import java.util.Set;
import org.flipside.diagnostic.ProblemException;

/** What a {@link PreviewSession} tells its terminal. Every method is called from the session's build thread. */
public interface PreviewListener {

    /** A rebuild starts because these files changed (paths relative to the project folder). */
    void rebuilding(Set<Path> changed);

    /**
     * The edit is in the website, swapped in and announced to {@code tabs} open tabs; the PDF packs it changed
     * are still being written ({@link #built} follows when they are in too).
     */
    void websiteUpdated(long millis, int tabs);

    /** The build succeeded ({@code first}: the build before serving starts); {@code tabs} open tabs were told to reload. */
    void built(long millis, int tabs, boolean first);

    /** The build stopped on the user's input; every HTML page now shows these problems. */
    void invalid(ProblemException problems);

    /** The build failed for another reason (a bug, a full disk). */
    void crashed(Exception failure);
}
