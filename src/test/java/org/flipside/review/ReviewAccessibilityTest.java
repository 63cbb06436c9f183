package org.flipside.review;

import static org.flipside.plan.PlanFixtures.full;
import static org.flipside.plan.PlanFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.flipside.testing.BrowserSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review page passes axe-core (WCAG 2.0 to 2.2, A and AA) in headless Chromium, for a scheme with every
 * kind of step (strong, partial, missing), in light and dark mode, and reflows at 320 px wide. Skipped where Chromium, ChromeDriver or
 * axe-core are missing ({@code .ci/setup} installs them).
 */
class ReviewAccessibilityTest {

    @Test
    void theReviewPagePassesAxe(@TempDir Path dir) throws IOException {
        String axe = BrowserSession.axeSource();

        // full.yml's scheme gives strong steps and a partial one (recruitment); without partners, a missing one.
        Review mixed = ReviewerTest.review(with(full(), "people", with(full().people(), "partners", List.of())));
        assertEquals(List.of(Status.PARTIAL, Status.MISSING), mixed.steps().stream().map(StepReview::status)
                .filter(s -> s != Status.STRONG).toList());
        Path page = dir.resolve("review.html");
        ReviewHtml.write(mixed, page);

        try (BrowserSession browser = BrowserSession.open()) {
            for (String scheme : List.of("light", "dark")) {
                browser.colourScheme(scheme);
                browser.driver.get(page.toUri().toString());
                browser.injectAxe(axe);
                assertEquals(List.of(), browser.axeViolations(), scheme + " mode");
            }
            browser.viewport(320, 800);
            browser.driver.get(page.toUri().toString());
            Object width = browser.driver.executeScript("return document.documentElement.scrollWidth;");
            assertEquals(320L, width, "the page reflows at 320 px wide, without scrolling sideways");
        }
    }
}
