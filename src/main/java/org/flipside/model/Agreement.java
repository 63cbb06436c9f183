package org.flipside.model;

import java.util.List;

/**
 * The agreement after merging: the default clauses in their order, each replaced by the scheme's clause of
 * the same id, then the scheme's new clauses in written order; removed clauses are gone.
 * {@code signatories} holds {@code mentor}, {@code mentee}, {@code buddy}, {@code scheme_lead}, {@code sponsor}.
 */
public record Agreement(List<Clause> clauses, List<String> signatories) {

    /** {@code safeguarding} clauses may be reworded, never removed. */
    public record Clause(String id, String title, String text, boolean safeguarding) {}
}
