package org.flipside.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafePathTest {

    private static final Path ROOT = Path.of("/srv/preview").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {
            "/../scheme.yml", "/%2e%2e/scheme.yml", "/%2E%2E/scheme.yml", "/%2e%2e%2fscheme.yml", "/a/../../scheme.yml",
            "/..%2fscheme.yml", "/..%5cscheme.yml", "/..\\scheme.yml", "/.%2e/scheme.yml", "/a/%2e/b.html",
            "/index.html%00.png", "/%c0%ae%c0%ae/scheme.yml", "/%zz", "/%2", "/c:/windows", "relative.html", ""})
    void refusesAnythingThatCouldLeaveTheFolder(String raw) {
        assertEquals(Optional.empty(), SafePath.resolve(ROOT, raw));
    }

    @ParameterizedTest
    @CsvSource({
            "/, ''",
            "/index.html, index.html",
            "/downloads/agreement.pdf, downloads/agreement.pdf",
            "//timeline.html, timeline.html",
            "/caf%C3%A9.html, café.html",
            "/%252e%252e/x, %2e%2e/x"})
    void resolvesPathsInsideTheFolder(String raw, String expected) {
        Optional<Path> resolved = SafePath.resolve(ROOT, raw);
        assertTrue(resolved.isPresent(), raw);
        assertEquals(ROOT.resolve(expected), resolved.get());
    }
}
