package org.flipside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.flipside.serve.PreviewClient;
import org.flipside.serve.PreviewSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} with the real build on a copy of this repository's example project: edits are served and
 * announced, a broken scheme shows its errors on the page, nothing outside the preview is reachable.
 */
class ServeIntegrationTest {

    /** Generous for a loaded 2-core machine; the reload itself is reported, not timed here. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir Path project;

    @Test
    void editBreakAndFixTheSchemeWhileServing() throws Exception {
        copyExampleProject();
        Path scheme = project.resolve("scheme.yml");
        String original = Files.readString(scheme);
        assumeTrue(buildWorks(scheme), "the build is not complete on this branch yet");

        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        Console console = new Console(false, false, new PrintStream(terminal, true, StandardCharsets.UTF_8),
                new PrintStream(terminal, true, StandardCharsets.UTF_8));
        try (PreviewSession session = ServeCommand.open(scheme, console)) {
            int port = session.start("127.0.0.1", 0);
            assertTrue(session.ok(), () -> "the first build succeeds:\n" + terminal);
            try (PreviewClient client = new PreviewClient(port)) {
                HttpResponse<String> home = client.get("/");
                assertEquals(200, home.statusCode());
                assertTrue(Jsoup.parse(home.body()).title().contains("Calder & Wren Reverse Mentoring"), home.body());

                client.listen();
                String first = client.awaitVersion(WAIT);
                assertNotNull(first);

                Files.writeString(scheme, original.replace("name: Calder & Wren Reverse Mentoring", "name: Calder & Wren Flip Side"));
                long saved = System.nanoTime();
                String second = client.awaitVersion(WAIT);
                long reloadMillis = (System.nanoTime() - saved) / 1_000_000;
                assertNotNull(second, "a reload event follows the edit");
                assertNotEquals(first, second);
                assertTrue(Jsoup.parse(client.get("/").body()).title().contains("Calder & Wren Flip Side"));
                System.out.println("serve (real build): reload event " + reloadMillis + " ms after saving scheme.yml");
                // The website first; the PDF packs the edit changed follow with a reload of their own.
                String packs = client.awaitVersion(WAIT);
                assertNotNull(packs, "a second reload event follows when the PDF packs are in");
                assertNotEquals(second, packs);
                assertTrue(client.get("/downloads.html").body().contains("event of Calder &amp; Wren Flip Side ("),
                        "the downloads page lists the new calendar");
                assertTrue(terminal.toString(StandardCharsets.UTF_8).contains("website updated in"), terminal::toString);

                Files.writeString(scheme, original.replace("  start: 2026-01-12", "  start: [2026-01-12"));
                assertNotNull(client.awaitVersion(WAIT), "breaking the scheme is announced");
                Document overlay = Jsoup.parse(client.get("/timeline.html").body());
                String problems = overlay.select("main ol > li").text();
                assertTrue(problems.matches("(?s).*scheme\\.yml:\\d+:\\d+.*"), problems);
                assertTrue(terminal.toString(StandardCharsets.UTF_8).contains("The preview shows these errors until you fix them."));

                Files.writeString(scheme, original);
                assertNotNull(client.awaitVersion(WAIT), "fixing the scheme is announced");
                assertTrue(Jsoup.parse(client.get("/").body()).title().contains("Calder & Wren Reverse Mentoring"));
                assertNotNull(client.awaitVersion(WAIT), "and the packs of the fixed scheme");
                assertTrue(session.ok());

                for (String raw : List.of("/../scheme.yml", "/%2e%2e/scheme.yml", "/%2e%2e%2fscheme.yml")) {
                    assertEquals("HTTP/1.1 404 Not Found", client.rawStatus(raw), raw);
                }
                Path folder = folderWithoutIndex(session.previewDir());
                String url = "/" + session.previewDir().relativize(folder).toString().replace('\\', '/') + "/";
                assertEquals("HTTP/1.1 404 Not Found", client.rawStatus(url), url);

                try (Stream<Path> files = Files.walk(session.previewDir())) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("__flipside"), file.toString());
                    }
                }
            }
        }
    }

    private static Path folderWithoutIndex(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            return dirs.filter(Files::isDirectory).filter(d -> !d.equals(root))
                    .filter(d -> !Files.exists(d.resolve("index.html"))).findFirst()
                    .orElseThrow(() -> new AssertionError("the site has a folder without index.html to test with"));
        }
    }

    private boolean buildWorks(Path scheme) throws Exception {
        try {
            HandbookBuild.run(scheme, project.resolve(".probe"), new Console(true, false));
            boolean site = Files.exists(project.resolve(".probe/index.html"));
            org.flipside.util.OutputFolder.deleteTree(project.resolve(".probe"));
            return site;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private void copyExampleProject() throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        Files.copy(repo.resolve("scheme.yml"), project.resolve("scheme.yml"));
        for (String folder : List.of("content", "themes")) {
            Path from = repo.resolve(folder);
            if (!Files.isDirectory(from)) continue;
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path path : walk.toList()) {
                    Path to = project.resolve(repo.relativize(path).toString());
                    if (Files.isDirectory(path)) Files.createDirectories(to);
                    else Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
