package org.flipside.model;

import java.util.Map;
import java.util.TreeMap;
import org.flipside.diagnostic.Location;

/**
 * Where each value of the scheme was written, keyed by its path in YAML terms:
 * {@code meetings.count}, {@code timeline.phases[2].start}, {@code themes[0].prompts.mentor[1]}.
 * Lets later stages point at the line behind a value. Values that came from the defaults have no entry.
 */
public record SourceMap(String file, Map<String, Location> locations) {

    public SourceMap {
        locations = java.util.Collections.unmodifiableMap(new TreeMap<>(locations));
    }

    public static SourceMap empty(String file) {
        return new SourceMap(file, Map.of());
    }

    /**
     * The location of {@code path}, or of its nearest written ancestor ({@code timeline.phases[2]}, then
     * {@code timeline.phases}, then {@code timeline}); the whole file when none of them was written.
     */
    public Location locate(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Location found = locations.get(p);
            if (found != null) return found;
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return Location.ofFile(file);
    }
}
