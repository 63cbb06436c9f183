package org.flipside.model;

import java.util.List;

/** {@code checkpoints} in written order, normally {@code midpoint} then {@code final}. */
public record Diary(List<String> prompts, List<Checkpoint> checkpoints) {

    public record Checkpoint(String id, List<String> prompts) {}
}
