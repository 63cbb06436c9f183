package org.flipside.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.flipside.diagnostic.ProblemException;
import org.flipside.util.OutputFolder;

/**
 * {@code flipside serve} without the command line: builds the handbook into a private preview folder,
 * serves it, and rebuilds whenever a watched file changes, telling open tabs to reload.
 *
 * <p>The preview folder is a fresh temporary folder (never the user's {@code output/}), removed on
 * {@link #close()}. Builds run one at a time on one thread; changes made during a build cause one more.
 */
public final class PreviewSession implements AutoCloseable {

    /** Folders under the project whose whole content a build may read. */
    public static final List<String> WATCHED_FOLDERS = List.of("content", "themes", "assets");

    private final Path projectRoot;
    private final Path schemeFile;
    private final PreviewBuilder builder;
    private final PreviewListener listener;
    private final Path workDir;
    private final Path previewDir;
    // Versions differ between runs of serve, so a tab left open across a restart reloads.
    private final String session = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    private volatile BuildState state;
    private final AtomicInteger builds = new AtomicInteger();
    private final AtomicBoolean closing = new AtomicBoolean();
    private PreviewServer server;
    private ProjectWatcher watcher;
    private Thread loop;
    private final CountDownLatch stopped = new CountDownLatch(1);

    public PreviewSession(Path schemeFile, PreviewBuilder builder, PreviewListener listener) throws IOException {
        this.schemeFile = schemeFile.toAbsolutePath().normalize();
        this.projectRoot = this.schemeFile.getParent();
        this.builder = builder;
        this.listener = listener;
        this.workDir = Files.createTempDirectory("flipside-preview-");
        this.previewDir = workDir.resolve("site");
        this.state = new BuildState(nextVersion(), List.of(), "the first build has not finished");
    }

    /**
     * Runs the first build, then starts serving and watching. A first build that fails still starts the
     * server: the page shows the problems.
     *
     * @param port 0 for any free port
     * @return the port the server listens on
     */
    public int start(String host, int port) throws IOException {
        // Bind before the first build, so that a port in use is reported at once, not after the build.
        PreviewServer bound = new PreviewServer(previewDir, host, port, () -> state);
        try {
            watcher = new ProjectWatcher(projectRoot, List.of(schemeFile), WATCHED_FOLDERS);
        } catch (IOException | RuntimeException e) {
            bound.close();
            throw e;
        }
        buildOnce();
        server = bound;
        server.start();
        loop = new Thread(this::watchLoop, "flipside-watch");
        loop.setDaemon(true);
        loop.start();
        return server.port();
    }

    /** The folder being served; its content is the last successful build. */
    public Path previewDir() {
        return previewDir;
    }

    /** How many tabs are listening for reloads now. */
    public int openTabs() {
        return server == null ? 0 : server.openTabs();
    }

    /** True while the last build succeeded. */
    public boolean ok() {
        return state.ok();
    }

    /** Blocks until {@link #close()} was called. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    private void watchLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> changed = watcher.awaitChanges();
                Set<Path> relative = new LinkedHashSet<>();
                for (Path path : changed) relative.add(projectRoot.relativize(path));
                listener.rebuilding(relative);
                buildOnce();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopping
        } catch (IOException e) {
            listener.crashed(e);
        }
    }

    private void buildOnce() {
        long start = System.nanoTime();
        BuildState next;
        try {
            Set<Path> extra = builder.build(previewDir, () -> {
                BuildState website = new BuildState(nextVersion(), List.of(), null);
                state = website;
                int tabs = server == null ? 0 : server.openTabs();
                if (server != null) server.publish(website.version());
                listener.websiteUpdated((System.nanoTime() - start) / 1_000_000, tabs);
            });
            if (extra != null && !extra.isEmpty()) watcher.watchFiles(extra);
            next = new BuildState(nextVersion(), List.of(), null);
            state = next;
            int tabs = server == null ? 0 : server.openTabs();
            if (server != null) server.publish(next.version());
            listener.built((System.nanoTime() - start) / 1_000_000, tabs, server == null);
            return;
        } catch (ProblemException e) {
            next = new BuildState(nextVersion(), e.errors().isEmpty() ? e.problems() : e.errors(), null);
            listener.invalid(e);
        } catch (IOException | RuntimeException e) {
            next = new BuildState(nextVersion(), List.of(), String.valueOf(e.getMessage() == null ? e : e.getMessage()));
            listener.crashed(e);
        }
        state = next;
        if (server != null) server.publish(next.version());
    }

    private String nextVersion() {
        return session + "-" + builds.incrementAndGet();
    }

    /** Stops the server and the watcher and removes the preview folder. Safe to call more than once. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) return;
        try {
            if (server != null) server.close();
            if (watcher != null) watcher.close();
            if (loop != null) {
                loop.interrupt();
                loop.join(5000);
            }
            OutputFolder.deleteTree(workDir);
        } catch (IOException e) {
            // The temporary folder is left for the system to clear; nothing the user needs to act on.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }
}
