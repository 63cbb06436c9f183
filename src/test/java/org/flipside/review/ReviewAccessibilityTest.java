package org.flipside.review;

import static org.flipside.plan.PlanFixtures.full;
import static org.flipside.plan.PlanFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flipside.util.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The review page passes axe-core (WCAG 2.0 to 2.2, A and AA) in headless Chromium, for a scheme with every
 * kind of step (strong, partial, missing), in light and dark mode, and reflows at 320 px wide. Skipped where Chromium, ChromeDriver or
 * axe-core are missing ({@code .ci/setup} installs them).
 */
class ReviewAccessibilityTest {

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

    @Test
    void theReviewPagePassesAxe(@TempDir Path dir) throws IOException {
        String axe = axeSource();
        String browser = firstExecutable(System.getProperty("flipside.chromium"),
                "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        String driverPath = firstExecutable(System.getProperty("flipside.chromedriver"),
                "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        assumeTrue(browser != null && driverPath != null, "Chromium or ChromeDriver is not installed: skipped (run .ci/setup)");

        // full.yml's scheme gives strong steps and a partial one (recruitment); without partners, a missing one.
        Review mixed = ReviewerTest.review(with(full(), "people", with(full().people(), "partners", List.of())));
        assertEquals(List.of(Status.PARTIAL, Status.MISSING), mixed.steps().stream().map(StepReview::status)
                .filter(s -> s != Status.STRONG).toList());
        Path page = dir.resolve("review.html");
        ReviewHtml.write(mixed, page);

        Path profile = Files.createTempDirectory("flipside-review-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driverPath).toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            for (String scheme : List.of("light", "dark")) {
                driver.executeCdpCommand("Emulation.setEmulatedMedia",
                        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                driver.get(page.toUri().toString());
                driver.executeScript(axe);
                Object violations = driver.executeAsyncScript(AXE_RUN);
                assertEquals(List.of(), violations, scheme + " mode");
            }
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
            driver.get(page.toUri().toString());
            Object width = driver.executeScript("return document.documentElement.scrollWidth;");
            assertEquals(320L, width, "the page reflows at 320 px wide, without scrolling sideways");
        } finally {
            driver.quit();
            OutputFolder.deleteTree(profile);
        }
    }

    private static String axeSource() throws IOException {
        for (String candidate : new String[] {System.getProperty("flipside.axe"), ".ci/axe/node_modules/axe-core/axe.min.js"}) {
            if (candidate != null && Files.isRegularFile(Path.of(candidate))) return Files.readString(Path.of(candidate));
        }
        assumeTrue(false, "axe-core is not installed: skipped (run .ci/setup)");
        return null;
    }

    private static String firstExecutable(String configured, String... candidates) {
        return Stream.concat(Stream.ofNullable(configured), Stream.of(candidates))
                .filter(c -> Files.isExecutable(Path.of(c))).findFirst().orElse(null);
    }
}
