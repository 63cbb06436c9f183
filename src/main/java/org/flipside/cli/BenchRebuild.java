package org.flipside.cli;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Warm rebuild latency for {@code bench/run}: one process builds a project with {@link IncrementalBuild} as
 * {@code serve} does, then times rebuilds after editing one chapter and after editing one value in scheme.yml
 * (each edit alternates between two texts, so that every rebuild sees a change). Two figures per edit, both
 * from the moment the edit is saved: until the website showing it is swapped in ({@code site}: what the
 * person in front of {@code serve} waits for), and until the PDF packs the edit changed are swapped in too
 * ({@code all}: every output byte-identical to a clean build). Not part of the {@code flipside} command; it
 * edits the project it is given and puts it back at the end.
 */
public final class BenchRebuild {

    static final String USAGE = """
            usage: java -cp target/flipside.jar org.flipside.cli.BenchRebuild SCHEME CHAPTER OUT_DIR [ROUNDS]

            Builds SCHEME into OUT_DIR, then ROUNDS times (default 5, after 2 untimed rounds): edits CHAPTER
            (a Markdown file of the project) and rebuilds, edits `minutes: 60` in SCHEME and rebuilds.
            Prints one line per figure: name, median in milliseconds, every round's value:
              chapter_site_ms  website with the edit swapped in (the packs it changed still being written)
              chapter_all_ms   website and PDF packs swapped in
              scheme_site_ms, scheme_all_ms  the same after the scheme edit
              chapter_cpu_ms, scheme_cpu_ms  CPU time the process spent on the whole rebuild, all threads
                               (what the latencies would near on a machine with nothing else running)
            """;

    private BenchRebuild() {}

    public static void main(String[] args) throws Exception {
        boolean help = args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"));
        if (help || args.length < 3) {
            (help ? System.out : System.err).print(USAGE);
            System.exit(help ? 0 : 2);
        }
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
        Timings chapterEdit = new Timings();
        Timings schemeEdit = new Timings();
        try {
            // Two untimed rounds first: the JIT's warm-up is not what a user waiting on `serve` sees after a minute.
            for (int i = 0; i < rounds + 2; i++) {
                Files.writeString(chapter, chapterText + "\nEdited " + i + ".\n", StandardCharsets.UTF_8);
                chapterEdit.time(build, out, i >= 2);
                Files.writeString(scheme, schemeText.replace(value, "  minutes: " + (61 + i % 2)), StandardCharsets.UTF_8);
                schemeEdit.time(build, out, i >= 2);
            }
        } finally {
            Files.writeString(chapter, chapterText, StandardCharsets.UTF_8);
            Files.writeString(scheme, schemeText, StandardCharsets.UTF_8);
        }
        System.out.println("chapter_site_ms " + median(chapterEdit.site) + " " + chapterEdit.site);
        System.out.println("chapter_all_ms " + median(chapterEdit.all) + " " + chapterEdit.all);
        System.out.println("scheme_site_ms " + median(schemeEdit.site) + " " + schemeEdit.site);
        System.out.println("scheme_all_ms " + median(schemeEdit.all) + " " + schemeEdit.all);
        System.out.println("chapter_cpu_ms " + median(chapterEdit.cpu) + " " + chapterEdit.cpu);
        System.out.println("scheme_cpu_ms " + median(schemeEdit.cpu) + " " + schemeEdit.cpu);
    }

    /** Both latencies of each timed rebuild after one kind of edit. */
    private static final class Timings {
        final List<Long> site = new ArrayList<>();
        final List<Long> all = new ArrayList<>();
        final List<Long> cpu = new ArrayList<>();

        void time(IncrementalBuild build, Path out, boolean keep) throws Exception {
            long startCpu = processCpuNanos();
            long start = System.nanoTime();
            long[] website = {-1};
            build.run(out, result -> website[0] = System.nanoTime());
            long end = System.nanoTime();
            if (!keep) return;
            // Without a website-first swap (no pack changed) the website came with everything else.
            site.add(((website[0] < 0 ? end : website[0]) - start) / 1_000_000);
            all.add((end - start) / 1_000_000);
            cpu.add((processCpuNanos() - startCpu) / 1_000_000);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
