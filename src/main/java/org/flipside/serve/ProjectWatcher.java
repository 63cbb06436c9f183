package org.flipside.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches the files a build reads: the scheme file, whole folders ({@code content/}, {@code themes/},
 * {@code assets/}, including folders created later) and single files elsewhere (a logo). Editors save in
 * bursts (temporary file, rename, touch), so changes are collected until the project has been quiet for a
 * moment and then reported together.
 */
final class ProjectWatcher implements AutoCloseable {

    /** After this long without a change, a burst of saves is over. */
    static final Duration QUIET = Duration.ofMillis(150);
    /** A project that never stops changing is still rebuilt this often. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

    private final Path root;
    private final WatchService service;
    /** Every registered folder by its key. Everything below a {@link #trees} folder counts; elsewhere only {@link #files}. */
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Set<Path> trees = new LinkedHashSet<>();
    private final Set<Path> files = new LinkedHashSet<>();

    /**
     * @param root        the project folder
     * @param files       single files to watch (the scheme file), absolute
     * @param folderNames folders under {@code root} watched with everything in them; they may not exist yet
     */
    ProjectWatcher(Path root, Collection<Path> files, Collection<String> folderNames) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.service = this.root.getFileSystem().newWatchService();
        for (String name : folderNames) trees.add(this.root.resolve(name));
        register(this.root);
        for (Path tree : trees) if (Files.isDirectory(tree)) registerTree(tree);
        watchFiles(files);
    }

    /** Adds single files (a logo outside the watched folders); files already covered are ignored. */
    synchronized void watchFiles(Collection<Path> more) throws IOException {
        for (Path file : more) {
            Path absolute = file.toAbsolutePath().normalize();
            if (!files.add(absolute) || inTree(absolute)) continue;
            Path parent = absolute.getParent();
            if (parent != null && Files.isDirectory(parent)) register(parent);
        }
    }

    /**
     * Blocks until something relevant changed and the project has been quiet for {@link #QUIET}.
     *
     * @return the changed paths, never empty
     * @throws java.nio.file.ClosedWatchServiceException once {@link #close()} was called
     */
    Set<Path> awaitChanges() throws InterruptedException, IOException {
        Set<Path> changed = new LinkedHashSet<>();
        while (changed.isEmpty()) collect(service.take(), changed);
        long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            WatchKey key = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS);
            if (key == null) break;
            collect(key, changed);
        }
        return changed;
    }

    private synchronized void collect(WatchKey key, Set<Path> changed) throws IOException {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed.add(root); // too many changes to list: rebuild, and pick up any new folders
                for (Path tree : trees) if (Files.isDirectory(tree)) registerTree(tree);
                continue;
            }
            if (folder == null) continue;
            Path path = folder.resolve((Path) event.context());
            if (!relevant(path)) continue;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path) && (inTree(path) || trees.contains(path))) {
                registerTree(path); // a new folder may already hold files: they count as changed via the folder
            }
            changed.add(path);
        }
        if (!key.reset()) folders.remove(key);
    }

    private boolean relevant(Path path) {
        String name = path.getFileName().toString();
        if (files.contains(path) || trees.contains(path)) return true;
        if (!inTree(path)) return false;
        // Editors' swap and backup files (.notes.md.swp, notes.md~, vim's 4913) are not content.
        return !(name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")
                || name.equals("4913"));
    }

    private boolean inTree(Path path) {
        for (Path tree : trees) if (path.startsWith(tree) && !path.equals(tree)) return true;
        return false;
    }

    private void registerTree(Path top) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                register(dir); // registering again returns the same key
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // removed while walking: the delete event says so
            }
        });
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, new WatchEvent.Kind<?>[] {ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY},
                HighSensitivity.MODIFIERS);
        folders.put(key, dir);
    }

    List<Path> watchedFolders() {
        synchronized (this) {
            return List.copyOf(folders.values());
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    /**
     * The JDK on macOS polls instead of using native events, every 10 s by default; the (unsupported but
     * long-standing) HIGH sensitivity modifier makes that 2 s. Looked up reflectively: where it is absent it
     * is simply not used.
     */
    private static final class HighSensitivity {
        static final WatchEvent.Modifier[] MODIFIERS = lookUp();

        private static WatchEvent.Modifier[] lookUp() {
            if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac")) {
                return new WatchEvent.Modifier[0];
            }
            try {
                Class<?> type = Class.forName("com.sun.nio.file.SensitivityWatchEventModifier");
                return new WatchEvent.Modifier[] {(WatchEvent.Modifier) type.getField("HIGH").get(null)};
            } catch (ReflectiveOperationException | RuntimeException e) {
                return new WatchEvent.Modifier[0];
            }
        }
    }
}
