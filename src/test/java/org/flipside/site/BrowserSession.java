package org.flipside.site;

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
final class BrowserSession implements AutoCloseable {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    /** Held so that the level set on it is not lost when the logger is collected. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    final ChromeDriver driver;
    private final Path profile;

    private BrowserSession(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static BrowserSession open() throws IOException {
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
    static String axeSource() throws IOException {
        String configured = System.getProperty("flipside.axe");
        for (String candidate : new String[] {configured, ".ci/axe/node_modules/axe-core/axe.min.js",
                "target/axe/node_modules/axe-core/axe.min.js"}) {
            if (candidate != null && Files.isRegularFile(Path.of(candidate))) return Files.readString(Path.of(candidate));
        }
        assumeTrue(false, "axe-core is not installed: accessibility test skipped (run .ci/setup)");
        return null;
    }

    void colourScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    void viewport(int width, int height) {
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
