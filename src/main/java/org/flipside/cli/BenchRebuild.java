package org.flipside.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Warm rebuild latency for {@code bench/run}: one process builds a project with {@link IncrementalBuild}, then
 * times rebuilds after editing one chapter and after editing one value in scheme.yml (each edit alternates
 * between two texts, so that every rebuild sees a change). Prints the medians in milliseconds. Not part of
 * the {@code flipside} command; it edits the project it is given.
 *
 * <pre>java -cp target/flipside.jar org.flipside.cli.BenchRebuild scheme.yml content/chapter.md OUT_DIR [N]</pre>
 */
public final class BenchRebuild {

    private BenchRebuild() {}

    public static void main(String[] args) throws Exception {
        Path scheme = Path.of(args[0]).toAbsolutePath().normalize();
        Path chapter = Path.of(args[1]).toAbsolutePath().normalize();
        Path out = Path.of(args[2]).toAbsolutePath().normalize();
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        IncrementalBuild build = new IncrementalBuild(scheme, new Console(true, false));
        build.run(out);
        String chapterText = Files.readString(chapter, StandardCharsets.UTF_8);
        String schemeText = Files.readString(scheme, StandardCharsets.UTF_8);
        String value = "  minutes: 60";
        if (!schemeText.contains(value)) throw new IllegalArgumentException("scheme.yml needs `" + value.strip() + "`");
        List<Long> chapterMs = new ArrayList<>();
        List<Long> schemeMs = new ArrayList<>();
        try {
            // Two untimed rounds first: the JIT's warm-up is not what a user waiting on `serve` sees after a minute.
            for (int i = 0; i < rounds + 2; i++) {
                Files.writeString(chapter, chapterText + "\nEdited " + i + ".\n", StandardCharsets.UTF_8);
                long t = System.nanoTime();
                build.run(out);
                if (i >= 2) chapterMs.add((System.nanoTime() - t) / 1_000_000);

                Files.writeString(scheme, schemeText.replace(value, "  minutes: " + (61 + i % 2)), StandardCharsets.UTF_8);
                t = System.nanoTime();
                build.run(out);
                if (i >= 2) schemeMs.add((System.nanoTime() - t) / 1_000_000);
            }
        } finally {
            Files.writeString(chapter, chapterText, StandardCharsets.UTF_8);
            Files.writeString(scheme, schemeText, StandardCharsets.UTF_8);
        }
        System.out.println("chapter_ms " + median(chapterMs) + " " + chapterMs);
        System.out.println("scheme_ms " + median(schemeMs) + " " + schemeMs);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
