package org.flipside.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared fixtures ({@code ../shared/fixtures}). Present in CI, absent in a user's fresh clone:
 * tests that need them are skipped, not failed, where the folder is missing.
 */
public final class Shared {

    private Shared() {}

    /** The {@code shared} folder; skips the calling test when it is not there. */
    public static Path folder() {
        String configured = System.getProperty("flipside.shared", "../shared");
        Path folder = Path.of(configured).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(folder.resolve("fixtures")), "../shared/fixtures is not here: skipped");
        return folder;
    }

    /** A fixture file, e.g. {@code fixture("full.yml")} or {@code fixture("invalid/bad-date.yml")}. */
    public static Path fixture(String name) {
        return folder().resolve("fixtures").resolve(name);
    }
}
