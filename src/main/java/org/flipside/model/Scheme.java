package org.flipside.model;

import java.util.List;

/**
 * A whole scheme as written in {@code scheme.yml}, with every optional block filled from the built-in
 * defaults. Immutable. Free text may still hold {@code ${...}} placeholders: the plan resolves them.
 *
 * <p>Every list is non-null (empty when nothing was written and no default applies). Nullable fields say so.
 */
public record Scheme(
        int version,
        Organisation organisation,
        SchemeDetails scheme,
        Purpose purpose,
        Voices voices,
        People people,
        Recruitment recruitment,   // nullable: no recruitment window written
        Matching matching,
        Timeline timeline,
        Meetings meetings,
        List<Theme> themes,
        Agreement agreement,
        Diary diary,
        Support support,
        Community community,
        Evaluation evaluation,
        NextSteps nextSteps,
        Privacy privacy,
        Handbook handbook,
        SourceMap sources) {
}
