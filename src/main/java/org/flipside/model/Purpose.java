package org.flipside.model;

import java.util.List;

/** The {@code purpose} block: always present, with at least one aim and one objective. */
public record Purpose(String problem, List<String> aims, List<Objective> objectives,
                      List<String> strategyLinks, List<String> outOfScope) {

    /** {@code measures} holds ids of {@link Evaluation.Measure}s, checked to exist. */
    public record Objective(String id, String text, List<String> measures) {}
}
