package org.flipside.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Talks to a preview server the way a browser tab does: pages, raw requests, and the event stream. */
public final class PreviewClient implements AutoCloseable {

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final BlockingQueue<String> versions = new LinkedBlockingQueue<>();
    private CompletableFuture<HttpResponse<Stream<String>>> stream;

    public PreviewClient(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Polls {@code path} until its body satisfies {@code test}; fails after {@code within}. */
    public HttpResponse<String> awaitPage(String path, Predicate<String> test, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get(path);
            if (test.test(last.body())) return last;
            Thread.sleep(50);
        }
        return fail("the page at " + path + " did not change as expected within " + within + "; last body:\n"
                + (last == null ? "(none)" : last.body()));
    }

    /**
     * The status line of a request sent byte for byte as written, so that no client library tidies the path
     * ({@code /../x} stays {@code /../x}).
     */
    public String rawStatus(String rawPath) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r' && c != '\n'; c = in.read()) line.append((char) c);
            return line.toString();
        }
    }

    /** Opens the event stream; every {@code state} version received is queued for {@link #awaitVersion}. */
    public void listen() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + LiveReload.EVENTS_PATH)).build();
        stream = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        stream.thenAccept(response -> {
            String event = "";
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (line.startsWith("event: ")) event = line.substring(7);
                else if (line.startsWith("data: ") && event.equals("state")) versions.add(line.substring(6));
                else if (line.isEmpty()) event = "";
            }
        });
    }

    /** The next version announced on the event stream, or null when none came within {@code within}. */
    public String awaitVersion(Duration within) throws InterruptedException {
        return versions.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (stream != null) stream.cancel(true);
    }
}
