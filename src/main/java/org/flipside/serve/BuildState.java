package org.flipside.serve;

import java.util.List;
import org.flipside.diagnostic.Problem;

/**
 * What the preview shows now. Each build gives a new {@code version}, which the open tabs compare with
 * the one their page was served with: a different one means reload.
 *
 * @param version  unique within this server's life and across restarts of it
 * @param problems the errors that stopped the last build; empty when it succeeded
 * @param failure  nullable: a failure that is not the user's input (a bug, a full disk), in one line
 */
record BuildState(String version, List<Problem> problems, String failure) {

    BuildState {
        problems = List.copyOf(problems);
    }

    boolean ok() {
        return problems.isEmpty() && failure == null;
    }
}
