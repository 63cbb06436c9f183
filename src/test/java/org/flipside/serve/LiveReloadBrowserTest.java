package org.flipside.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.testing.BrowserSession;
import org.flipside.util.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The reload script in a real browser (headless Chromium): an open tab reloads by itself after a save, shows
 * the error page while the scheme is broken and the handbook again once fixed; the error page passes axe-core.
 * Skipped where Chromium or ChromeDriver is missing ({@code .ci/setup} installs them).
 */
class LiveReloadBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir Path project;

    @Test
    void anOpenTabFollowsEverySave() throws Exception {
        Path scheme = project.resolve("scheme.yml");
        Files.writeString(scheme, "name: First\n");
        PreviewBuilder build = (out, websiteFirst) -> {
            String text = Files.readString(scheme);
            if (!text.startsWith("name: ")) {
                throw new ProblemException(Problem.error(new Location("scheme.yml", 1, 1), "`name` is missing", "write `name: ` and a name"));
            }
            Path staging = out.resolveSibling("staging");
            Files.createDirectories(staging);
            Files.writeString(staging.resolve("index.html"), "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\"><title>Home</title></head>"
                    + "<body><main><h1>" + text.substring(6).strip() + "</h1></main></body></html>");
            OutputFolder.deleteTree(out);
            Files.move(staging, out);
            return Set.of();
        };
        try (PreviewSession session = new PreviewSession(scheme, build, new Silent());
             BrowserSession browser = BrowserSession.open()) {
            int port = session.start("127.0.0.1", 0);
            ChromeDriver tab = browser.driver;
            tab.get("http://localhost:" + port + "/");
            assertEquals("First", tab.findElement(By.tagName("h1")).getText());
            awaitConnected(tab, session);

            Files.writeString(scheme, "name: Second\n");
            awaitHeading(tab, "Second");

            Files.writeString(scheme, "nom: Broken\n");
            awaitHeading(tab, "1 problem stops the handbook from building");
            assertEquals("scheme.yml:1:1 name is missing Fix: write name: and a name",
                    tab.findElement(By.cssSelector("main ol > li")).getText().replace('\n', ' '));
            if (BrowserSession.axeInstalled()) {
                browser.injectAxe(BrowserSession.axeSource());
                assertEquals(List.of(), browser.axeViolations(), "the error page passes axe-core (WCAG 2.2 A and AA)");
            }

            Files.writeString(scheme, "name: Third\n");
            awaitHeading(tab, "Third");
        }
    }

    /** Polls the tab's {@code h1}: the tab reloads by itself, or this fails after {@link #WAIT}. */
    private static void awaitHeading(ChromeDriver tab, String heading) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String seen = null;
        while (System.nanoTime() < deadline) {
            try {
                seen = tab.findElement(By.tagName("h1")).getText();
                if (seen.equals(heading)) return;
            } catch (org.openqa.selenium.WebDriverException reloading) {
                // The page is being replaced: look again.
            }
            Thread.sleep(50);
        }
        assertEquals(heading, seen, "the open tab reloaded by itself");
    }

    /** The page's script has opened its event stream, so the next save cannot be missed. */
    private static void awaitConnected(ChromeDriver tab, PreviewSession session) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (session.openTabs() == 0 && System.nanoTime() < deadline) Thread.sleep(20);
        assertEquals(1, session.openTabs(), "the tab connected to the event stream");
    }

    private static final class Silent implements PreviewListener {
        @Override public void rebuilding(Set<Path> changed) {}
        @Override public void websiteUpdated(long millis, int tabs) {}
        @Override public void built(long millis, int tabs, boolean first) {}
        @Override public void invalid(ProblemException problems) {}
        @Override public void crashed(Exception failure) {}
    }
}
