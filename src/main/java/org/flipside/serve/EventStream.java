package org.flipside.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Server-sent events to the open tabs: a {@code state} event carrying the preview's version on connect
 * and after every build. One thread per open tab, which is plenty for a preview on one machine.
 */
final class EventStream {

    private static final String CLOSED = "\0closed";
    private static final long KEEP_ALIVE_SECONDS = 15;

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private final Supplier<String> currentVersion;
    private volatile boolean closed;

    EventStream(Supplier<String> currentVersion) {
        this.currentVersion = currentVersion;
    }

    /** Holds the exchange open, sending events until the tab goes away or the stream is closed. */
    void serve(HttpExchange exchange) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try (OutputStream body = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            send(body, "retry: 1000\n\n" + stateEvent(currentVersion.get()));
            while (!closed) {
                String next = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (next == null) {
                    send(body, ": keep-alive\n\n"); // also how a closed tab is noticed
                } else if (next.equals(CLOSED)) {
                    break;
                } else {
                    send(body, stateEvent(next));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The tab was closed or reloaded: nothing to do.
        } finally {
            clients.remove(queue);
            exchange.close();
        }
    }

    void publish(String version) {
        for (BlockingQueue<String> client : clients) client.offer(version);
    }

    int clientCount() {
        return clients.size();
    }

    void close() {
        closed = true;
        for (BlockingQueue<String> client : clients) client.offer(CLOSED);
    }

    private static String stateEvent(String version) {
        return "event: state\ndata: " + version + "\n\n";
    }

    private static void send(OutputStream body, String text) throws IOException {
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }
}
