package org.flipside.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Serves the preview folder over HTTP: only files inside it, never a folder listing (a folder gives its
 * {@code index.html} or 404), with the live-reload script added to HTML as it is sent. While the last
 * build failed, every HTML request gets the {@link ErrorPage} instead.
 */
final class PreviewServer implements AutoCloseable {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Path root;
    private final Supplier<BuildState> state;
    private final EventStream events;
    private final HttpServer server;
    private final ExecutorService threads;
    private final boolean checkHostHeader;

    /**
     * Binds at once; call {@link #start()} to begin answering.
     *
     * @param root the preview folder (it may not exist yet, or disappear for a moment while a build swaps it)
     * @param port 0 picks a free port; see {@link #port()}
     */
    PreviewServer(Path root, String host, int port, Supplier<BuildState> state) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.state = state;
        this.events = new EventStream(() -> state.get().version());
        InetAddress address = InetAddress.getByName(host);
        // A page on another site could reach a loopback server through DNS rebinding; it would then send its own
        // Host name. Answering only to loopback names stops that. Someone who chose --host chose to be reachable.
        this.checkHostHeader = address.isLoopbackAddress();
        this.server = HttpServer.create(new InetSocketAddress(address, port), 0);
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "flipside-serve-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Tells every open tab that the preview changed. */
    void publish(String version) {
        events.publish(version);
    }

    int openTabs() {
        return events.clientCount();
    }

    @Override
    public void close() {
        events.close();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "Only GET and HEAD are supported.", false);
                return;
            }
            if (checkHostHeader && !loopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
                sendText(exchange, 403, "This preview only answers to localhost.", head);
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath.equals(LiveReload.EVENTS_PATH) && !head) {
                events.serve(exchange);
                return;
            }
            if (rawPath.equals(LiveReload.SCRIPT_PATH)) {
                send(exchange, 200, "text/javascript; charset=utf-8", LiveReload.SCRIPT.getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            serveFile(exchange, rawPath, head);
        }
    }

    private void serveFile(HttpExchange exchange, String rawPath, boolean head) throws IOException {
        Optional<Path> resolved = SafePath.resolve(root, rawPath);
        if (resolved.isEmpty()) {
            notFound(exchange, head);
            return;
        }
        BuildState now = state.get();
        if (!now.ok() && looksLikePage(rawPath)) {
            send(exchange, 200, "text/html; charset=utf-8", ErrorPage.render(now).getBytes(StandardCharsets.UTF_8), head);
            return;
        }
        Path file = resolved.get();
        if (Files.isDirectory(file)) {
            Path index = file.resolve("index.html");
            if (!Files.isRegularFile(index)) {
                notFound(exchange, head);
                return;
            }
            if (!rawPath.endsWith("/")) {
                // Relative links inside the folder's index only work from a URL ending in '/'.
                exchange.getResponseHeaders().set("Location", rawPath + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0], true);
                return;
            }
            file = index;
        }
        if (!Files.isRegularFile(file) || !insideRoot(file)) {
            notFound(exchange, head);
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            notFound(exchange, head); // removed by a build swapping the folder in this very moment
            return;
        }
        String name = file.getFileName().toString();
        if (ContentTypes.isHtml(name)) {
            String html = new String(bytes, StandardCharsets.UTF_8);
            bytes = LiveReload.inject(html, now.version()).getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, 200, ContentTypes.of(name), bytes, head);
    }

    /** Symbolic links inside the folder must not lead out of it. */
    private boolean insideRoot(Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean looksLikePage(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        String last = lower.substring(lower.lastIndexOf('/') + 1);
        return last.isEmpty() || last.endsWith(".html") || last.endsWith(".htm") || !last.contains(".");
    }

    private static boolean loopbackHost(String hostHeader) {
        if (hostHeader == null) return false;
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) host = host.substring(0, colon);
        return LOOPBACK_NAMES.contains(host);
    }

    private void notFound(HttpExchange exchange, boolean head) throws IOException {
        String page = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Not found — Flipside preview</title></head>"
                + "<body><main><h1>Not found</h1><p>There is no page at this address in the handbook. "
                + "<a href=\"/\">Go to the home page</a>.</p></main>" + LiveReload.tag(state.get().version()) + "</body></html>";
        send(exchange, 404, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), head);
    }

    private static void sendText(HttpExchange exchange, int status, String text, boolean head) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
