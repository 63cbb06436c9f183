package org.flipside.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A digest of every file a build reads (the scheme file, {@code content/}, {@code themes/}, {@code assets/}),
 * so that a rebuild can tell what an edit touched. Digests, not modification times: saving a file unchanged
 * is no change, and a change within the file system's time resolution is still seen.
 */
record ProjectSnapshot(Map<String, Digest> files) {

    /** Folders under the project root whose files a build may read. */
    static final List<String> FOLDERS = List.of("content", "themes", "assets");

    /** What an edit touched, from the most to the least far-reaching. */
    enum Change { FIRST, SCHEME, THEME, CONTENT, OTHER, NONE }

    static ProjectSnapshot take(Path root, Path schemeFile) throws IOException {
        Map<String, Digest> files = new TreeMap<>();
        add(files, root, schemeFile.toAbsolutePath().normalize());
        for (String folder : FOLDERS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            List<Path> found;
            try (Stream<Path> walk = Files.walk(dir)) {
                found = walk.filter(Files::isRegularFile).toList();
            }
            for (Path f : found) add(files, root, f);
        }
        return new ProjectSnapshot(Map.copyOf(files));
    }

    /** Adds {@code file}'s digest (a file outside the project, such as a logo, is keyed by its absolute path). */
    static void add(Map<String, Digest> files, Path root, Path file) throws IOException {
        String key = file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : file.toString();
        try {
            files.put(key, Digest.of(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            // Removed while we looked: absent from the snapshot, which is what it now is.
        }
    }

    /** The most far-reaching kind of change from {@code before} to this snapshot. */
    Change changeFrom(ProjectSnapshot before, String schemeKey) {
        Change worst = Change.NONE;
        java.util.Set<String> keys = new java.util.TreeSet<>(files.keySet());
        keys.addAll(before.files.keySet());
        for (String key : keys) {
            if (Objects.equals(files.get(key), before.files.get(key))) continue;
            Change c = key.equals(schemeKey) ? Change.SCHEME
                    : key.startsWith("themes/") ? Change.THEME
                    : key.startsWith("content/") && key.endsWith(".md") ? Change.CONTENT
                    : Change.OTHER;
            if (c.ordinal() < worst.ordinal()) worst = c;
        }
        return worst;
    }

    /** This snapshot with {@code file} too (a logo outside the folders above), when it is not in it already. */
    ProjectSnapshot with(Path root, Path file) throws IOException {
        Map<String, Digest> more = new TreeMap<>(files);
        add(more, root, file.toAbsolutePath().normalize());
        return new ProjectSnapshot(Map.copyOf(more));
    }

    /**
     * The files PDF packs may read besides the plan: all but the scheme file (whatever the packs take from it
     * reaches them through the plan) and the theme; and, for packs that do not print the chapters, all but the
     * chapters' Markdown too (it reaches the handbook through the plan as well).
     */
    ProjectSnapshot forPacks(String schemeKey, boolean chapters) {
        Map<String, Digest> rest = new TreeMap<>(files);
        rest.keySet().removeIf(k -> k.equals(schemeKey) || k.startsWith("themes/")
                || !chapters && k.startsWith("content/") && k.endsWith(".md"));
        return new ProjectSnapshot(Map.copyOf(rest));
    }

    /** A SHA-256 digest of a file's bytes. */
    record Digest(byte[] sha256) {
        static Digest of(byte[] bytes) {
            try {
                return new Digest(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Digest d && Arrays.equals(sha256, d.sha256);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(sha256);
        }

        @Override
        public String toString() {
            return java.util.HexFormat.of().formatHex(sha256);
        }
    }
}
