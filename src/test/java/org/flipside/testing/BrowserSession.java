package org.flipside.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flipside.util.OutputFolder;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through Selenium, for tests that need a real browser. Skips the calling test
 * (an assumption, not a failure) when Chromium, ChromeDriver or axe-core are not installed; {@code .ci/setup}
 * installs all three.
 */
public final class BrowserSession implements AutoCloseable {

    /** Runs axe-core's WCAG 2.0–2.2 A and AA rules on the current page; one line per violation. */
    private static final String AXE_RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                               resultTypes: ['violations']})
              .then(function (r) {
                done(r.violations.map(function (v) {
                  return v.id + ' (' + v.impact + '): ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
                }));
              })
              .catch(function (e) { done(['axe failed: ' + e]); });
            """;

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    /** Held so that the level set on it is not lost when the logger is collected. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    public final ChromeDriver driver;
    private final Path profile;

    private BrowserSession(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static BrowserSession open() throws IOException {
        // Selenium warns on every start that it has no CDP bindings for this Chromium; the raw CDP commands
        // used here do not need them.
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        String browser = first(System.getProperty("flipside.chromium"), CHROMIUM);
        String driverPath = first(System.getProperty("flipside.chromedriver"), DRIVER);
        assumeTrue(browser != null, "Chromium is not installed: browser test skipped (run .ci/setup)");
        assumeTrue(driverPath != null, "ChromeDriver is not installed: browser test skipped (run .ci/setup)");
        Path profile = Files.createTempDirectory("flipside-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driverPath).toFile()).usingAnyFreePort().build();
        return new BrowserSession(new ChromeDriver(service, options), profile);
    }

    /** axe-core's script, or a skipped test when it is not installed. */
    public static String axeSource() throws IOException {
        Path found = axeScript();
        assumeTrue(found != null, "axe-core is not installed: accessibility test skipped (run .ci/setup)");
        return Files.readString(found);
    }

    /** Whether axe-core is installed, for tests whose axe check is one part among others. */
    public static boolean axeInstalled() {
        return axeScript() != null;
    }

    private static Path axeScript() {
        for (String candidate : new String[] {System.getProperty("flipside.axe"), ".ci/axe/node_modules/axe-core/axe.min.js",
                "target/axe/node_modules/axe-core/axe.min.js"}) {
            if (candidate != null && Files.isRegularFile(Path.of(candidate))) return Path.of(candidate);
        }
        return null;
    }

    /** Loads axe-core ({@link #axeSource()}'s script) into the page now open. */
    public void injectAxe(String axe) {
        driver.executeScript(axe);
    }

    /** axe-core's violations on the page now open, one line each; call {@link #injectAxe} first. */
    @SuppressWarnings("unchecked")
    public List<String> axeViolations() {
        return (List<String>) driver.executeAsyncScript(AXE_RUN);
    }

    /** Emulates {@code prefers-color-scheme: light} or {@code dark} for the pages loaded from now on. */
    public void colourScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Emulates a screen of this size (a phone below 600 px wide). */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private static String first(String configured, List<String> candidates) {
        if (configured != null && Files.isExecutable(Path.of(configured))) return configured;
        for (String c : candidates) if (Files.isExecutable(Path.of(c))) return c;
        return null;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            OutputFolder.deleteTree(profile);
        }
    }
}
