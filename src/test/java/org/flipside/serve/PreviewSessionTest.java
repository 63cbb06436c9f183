package org.flipside.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The server, watcher and reload loop against a fake build that turns {@code name: X} into a page. */
class PreviewSessionTest {

    private static final Duration GENEROUS = Duration.ofSeconds(10);

    @TempDir Path project;
    private Path schemeFile;
    private PreviewSession session;
    private PreviewClient client;
    private final List<String> heard = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        schemeFile = project.resolve("scheme.yml");
        Files.writeString(schemeFile, "name: First name\n");
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/welcome.md"), "Hello\n");
        session = new PreviewSession(schemeFile, this::fakeBuild, new Recorder());
        int port = session.start("127.0.0.1", 0);
        client = new PreviewClient(port);
    }

    @AfterEach
    void stop() {
        if (client != null) client.close();
        if (session != null) session.close();
    }

    /** Like the real build: a failure throws before anything is swapped in. */
    private Set<Path> fakeBuild(Path out, Runnable websiteFirst) throws ProblemException, IOException {
        String scheme = Files.readString(schemeFile);
        if (!scheme.startsWith("name: ")) {
            throw new ProblemException(List.of(
                    Problem.error(new Location("scheme.yml", 1, 5), "this line is not `name: TEXT`", "write `name: ` and the name"),
                    Problem.error(new Location("scheme.yml", 2, 1), "<b>second</b> problem", "")));
        }
        String name = scheme.substring(6).strip();
        String welcome = Files.readString(project.resolve("content/welcome.md")).strip();
        if (welcome.startsWith("Two steps")) {
            // As the real build when packs changed: the website first, then everything.
            swapIn(out, name, "the website first");
            websiteFirst.run();
        }
        swapIn(out, name, welcome);
        return Set.of();
    }

    private void swapIn(Path out, String name, String welcome) throws IOException {
        Path staging = out.resolveSibling("staging");
        Files.createDirectories(staging.resolve("empty-folder"));
        Files.createDirectories(staging.resolve("guide"));
        Files.writeString(staging.resolve("index.html"),
                "<!DOCTYPE html><html><head><title>t</title></head><body><h1>" + name + "</h1><p>" + welcome + "</p></body></html>");
        Files.writeString(staging.resolve("guide/index.html"), "<html><body><h1>Guide</h1></body></html>");
        Files.writeString(staging.resolve("style.css"), "body{color:black}");
        Files.writeString(staging.resolve("calendar.ics"), "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        Files.write(staging.resolve("pack.pdf"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(staging.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        org.flipside.util.OutputFolder.deleteTree(out);
        Files.move(staging, out);
    }

    @Test
    void servesTheBuildWithTheReloadScriptOnlyInTheResponse() throws Exception {
        HttpResponse<String> page = client.get("/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        Document html = Jsoup.parse(page.body());
        assertEquals("First name", html.selectFirst("h1").text());
        assertNotNull(html.selectFirst("body > script[src=" + LiveReload.SCRIPT_PATH + "][data-version]"));
        assertFalse(Files.readString(session.previewDir().resolve("index.html")).contains("__flipside"));

        HttpResponse<String> script = client.get(LiveReload.SCRIPT_PATH);
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("EventSource('" + LiveReload.EVENTS_PATH + "')"));
    }

    @Test
    void aSavedChangeIsServedAndAnnouncedToOpenTabs() throws Exception {
        client.listen();
        String first = client.awaitVersion(GENEROUS);
        assertNotNull(first, "the event stream sends the current version on connect");
        String shown = Jsoup.parse(client.get("/").body()).selectFirst("script[data-version]").attr("data-version");
        assertEquals(first, shown);

        Files.writeString(schemeFile, "name: Second name\n");
        long saved = System.nanoTime();
        String next = client.awaitVersion(GENEROUS);
        long announcedMillis = (System.nanoTime() - saved) / 1_000_000;
        assertNotNull(next, "a reload event arrives after the change");
        assertNotEquals(first, next);
        assertEquals("Second name", Jsoup.parse(client.get("/").body()).selectFirst("h1").text());
        System.out.println("serve (fake build): reload event " + announcedMillis + " ms after the save");

        Files.writeString(project.resolve("content/welcome.md"), "Hello again\n");
        client.awaitPage("/", body -> body.contains("Hello again"), GENEROUS);
    }

    @Test
    void aBuildThatSwapsInTheWebsiteFirstAnnouncesItAndThenTheRest() throws Exception {
        client.listen();
        String first = client.awaitVersion(GENEROUS);
        heard.clear();
        Files.writeString(project.resolve("content/welcome.md"), "Two steps\n");
        String website = client.awaitVersion(GENEROUS);
        String everything = client.awaitVersion(GENEROUS);
        assertNotNull(everything, "two reload events: the website, then everything");
        assertEquals(3, java.util.Set.of(first, website, everything).size());
        client.awaitPage("/", body -> body.contains("Two steps"), GENEROUS);
        assertEquals(List.of("rebuilding [content/welcome.md]", "website updated", "built"), heard(3));
        assertTrue(session.ok());
    }

    @Test
    void anInvalidSchemeShowsEveryProblemOnEveryPageUntilFixed() throws Exception {
        client.listen();
        assertNotNull(client.awaitVersion(GENEROUS));
        Files.writeString(schemeFile, "nom: Broken\n");
        assertNotNull(client.awaitVersion(GENEROUS), "breaking the scheme is announced too");

        for (String path : List.of("/", "/index.html", "/guide/", "/no-such-page.html", "/timeline")) {
            HttpResponse<String> page = client.get(path);
            assertEquals(200, page.statusCode(), path);
            Document overlay = Jsoup.parse(page.body());
            assertEquals("2 problems stop the handbook from building", overlay.selectFirst("main h1").text(), path);
            assertEquals("en-GB", overlay.selectFirst("html").attr("lang"));
            List<String> items = overlay.select("main ol > li").eachText();
            assertEquals(List.of(
                    "scheme.yml:1:5 this line is not name: TEXT Fix: write name: and the name",
                    "scheme.yml:2:1 <b>second</b> problem"), items, path);
            assertEquals(List.of("scheme.yml:1:5", "name: TEXT", "name:", "scheme.yml:2:1"), overlay.select("main li code").eachText());
            assertEquals(0, overlay.select("main b").size(), "problem text is escaped, never markup");
            assertNotNull(overlay.selectFirst("script[src=" + LiveReload.SCRIPT_PATH + "]"));
        }
        // Styles and files of the last good build are still served, so nothing else breaks.
        assertEquals(200, client.get("/style.css").statusCode());
        assertFalse(session.ok());

        Files.writeString(schemeFile, "name: Fixed name\n");
        assertNotNull(client.awaitVersion(GENEROUS), "fixing the scheme is announced");
        assertEquals("Fixed name", Jsoup.parse(client.get("/").body()).selectFirst("h1").text());
        assertTrue(session.ok());
    }

    @Test
    void foldersCreatedWhileServingAreWatchedTooAndSwapFilesAreIgnored() throws Exception {
        client.listen();
        assertNotNull(client.awaitVersion(GENEROUS));
        Files.createDirectories(project.resolve("content/more/deeper"));
        assertNotNull(client.awaitVersion(GENEROUS), "a new folder is a change");
        Files.writeString(project.resolve("content/more/deeper/extra.md"), "Extra\n");
        assertNotNull(client.awaitVersion(GENEROUS), "a file in the new folder is seen");

        Files.writeString(project.resolve("content/.welcome.md.swp"), "swap");
        Files.writeString(project.resolve("content/welcome.md~"), "backup");
        Files.writeString(project.resolve("notes.txt"), "not an input");
        assertEquals(null, client.awaitVersion(Duration.ofSeconds(1)), "editor files and other files do not rebuild");
    }

    @Test
    void aFailureThatIsNotTheSchemesIsShownToo() throws Exception {
        session.close();
        heard.clear();
        session = new PreviewSession(schemeFile, (out, websiteFirst) -> {
            throw new java.io.IOException("No space left on device");
        }, new Recorder());
        client = new PreviewClient(session.start("127.0.0.1", 0));
        Document page = Jsoup.parse(client.get("/").body());
        assertEquals("The preview could not be built", page.selectFirst("h1").text());
        assertTrue(page.selectFirst("main ol > li").text().startsWith(
                "Something went wrong that is not a problem with your scheme: No space left on device"));
        assertEquals(List.of("crashed java.io.IOException: No space left on device"), heard(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../scheme.yml", "/%2e%2e/scheme.yml", "/%2e%2e%2fscheme.yml", "/..%2f..%2fetc/passwd",
            "/guide/../../scheme.yml", "/%2E%2E/%2E%2E/scheme.yml", "/empty-folder/", "/empty-folder", "/missing.html",
            "/content/welcome.md"})
    void nothingOutsideThePreviewAndNoListings(String raw) throws Exception {
        assertEquals("HTTP/1.1 404 Not Found", client.rawStatus(raw));
    }

    @Test
    void aFolderWithAnIndexRedirectsToItsSlashFormAndServesTheIndex() throws Exception {
        assertEquals("HTTP/1.1 301 Moved Permanently", client.rawStatus("/guide"));
        HttpResponse<String> guide = client.get("/guide/");
        assertEquals(200, guide.statusCode());
        assertEquals("Guide", Jsoup.parse(guide.body()).selectFirst("h1").text());
    }

    @ParameterizedTest
    @CsvSource({
            "/style.css, text/css; charset=utf-8",
            "/calendar.ics, text/calendar; charset=utf-8",
            "/pack.pdf, application/pdf",
            "/logo.svg, image/svg+xml"})
    void filesHaveTheirContentTypes(String path, String type) throws Exception {
        HttpResponse<String> response = client.get(path);
        assertEquals(200, response.statusCode());
        assertEquals(type, response.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(response.body().contains("__flipside"), "only HTML gets the script");
    }

    @Test
    void answersOnlyToLoopbackHostNames() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", client.port())) {
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            assertEquals("HTTP/1.1 403", status);
        }
    }

    @Test
    void closingStopsTheServerAndRemovesThePreviewFolder() throws Exception {
        Path preview = session.previewDir();
        assertTrue(Files.isDirectory(preview));
        session.close();
        assertFalse(Files.exists(preview));
        assertThrows(IOException.class, () -> client.rawStatus("/"), "the port no longer answers");
    }

    private final class Recorder implements PreviewListener {
        @Override public void rebuilding(Set<Path> changed) { heard.add("rebuilding " + changed); }
        @Override public void websiteUpdated(long millis, int tabs) { heard.add("website updated"); }
        @Override public void built(long millis, int tabs, boolean first) { heard.add("built"); }
        @Override public void invalid(ProblemException problems) { heard.add("invalid"); }
        @Override public void crashed(Exception failure) { heard.add("crashed " + failure); }
    }

    /**
     * What the listener has heard, once it has heard {@code count} things (or {@link #GENEROUS} has passed): the
     * session tells the listener after it tells the browsers, so the page can be seen a moment before.
     */
    private List<String> heard(int count) throws InterruptedException {
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        while (heard.size() < count && System.nanoTime() < deadline) Thread.sleep(10);
        synchronized (heard) {
            return List.copyOf(heard);
        }
    }
}
