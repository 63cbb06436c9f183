package org.flipside.plan;

import java.nio.file.Path;
import org.flipside.diagnostic.ProblemException;
import org.flipside.scheme.LoadedScheme;

/** Derives the {@link Plan} from a loaded scheme. (Skeleton: the scheme issue fills this in.) */
public final class Planner {

    private Planner() {}

    /**
     * @param projectRoot where {@code content/*.md} chapters are read from
     * @throws ProblemException when the dates do not fit (meetings outside their phase, overlapping phases)
     *                          or content holds unknown placeholders
     */
    public static Plan plan(LoadedScheme loaded, Path projectRoot, java.time.LocalDate buildDate) throws ProblemException {
        throw new UnsupportedOperationException("not built yet");
    }
}
