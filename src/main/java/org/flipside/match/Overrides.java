package org.flipside.match;

import java.util.List;

/**
 * The matcher's decisions from the command line, as written: {@code --fix a@x=b@y} pins a pair before the rest
 * are optimised, {@code --exclude a@x=b@y} forbids one. Either email may come first.
 */
public record Overrides(List<String> fixes, List<String> excludes) {

    public static final Overrides NONE = new Overrides(List.of(), List.of());

    public Overrides {
        fixes = List.copyOf(fixes);
        excludes = List.copyOf(excludes);
    }
}
