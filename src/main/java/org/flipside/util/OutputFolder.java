package org.flipside.util;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Builds into a fresh folder beside the target and swaps it in only when the build succeeded, so that a
 * failed build leaves the previous output exactly as it was and stale files never linger.
 */
public final class OutputFolder implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Creates an empty staging folder next to {@code target} (same file system, so the swap is a rename). */
    public static OutputFolder open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".building-");
        return new OutputFolder(absolute, staging);
    }

    /** Where the build writes. */
    public Path staging() {
        return staging;
    }

    /** Replaces the target with the staging folder. The old output is removed only after the swap. */
    public void commit() throws IOException {
        deleteTree(commitKeepingOld());
    }

    /**
     * Replaces the target with the staging folder and returns where the old output went (a hidden folder beside
     * the target; null when there was none), for the caller to remove once it has announced the new output.
     */
    public Path commitKeepingOld() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            move(target, old);
        }
        move(staging, target);
        committed = true;
        return old;
    }

    /** Removes the staging folder unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) deleteTree(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Hard-links the files of {@code from} that {@code wanted} accepts into {@code to}, keeping their paths (copies
     * them where links are not possible). For outputs, whose files are replaced, never changed in place.
     */
    public static void link(Path from, Path to, Predicate<Path> wanted) throws IOException {
        if (!Files.isDirectory(from)) return;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).filter(wanted).toList();
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, f);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(f, target);
            }
        }
    }

    /** Removes {@code root} and everything in it; nothing when it is null or absent. */
    public static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

}
