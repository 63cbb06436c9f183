package org.flipside.scheme;

import java.nio.file.Path;
import java.time.LocalDate;
import org.flipside.diagnostic.ProblemException;

/** Loads, validates and completes a scheme file. (Skeleton: the scheme issue fills this in.) */
public final class SchemeLoader {

    private SchemeLoader() {}

    /**
     * Reads {@code schemeFile}, validates it against SCHEME.md, fills every absent block from the defaults.
     *
     * @param projectRoot the folder holding {@code content/}, {@code themes/}; paths in the scheme must stay inside it
     * @param buildDate   the date warnings are judged against (signposting checked within twelve months)
     * @throws ProblemException with every error found (and the warnings found with them)
     */
    public static LoadedScheme load(Path schemeFile, Path projectRoot, LocalDate buildDate) throws ProblemException {
        throw new UnsupportedOperationException("not built yet");
    }
}
