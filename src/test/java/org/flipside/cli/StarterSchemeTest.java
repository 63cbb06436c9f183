package org.flipside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.scheme.LoadedScheme;
import org.flipside.scheme.SchemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheme {@code init} writes passes the real loader, with no warnings, whatever the answers were. */
class StarterSchemeTest {

    @TempDir Path dir;

    @Test
    void theStarterSchemeLoadsWithoutWarnings() throws Exception {
        InitAnswers answers = new InitAnswers("Smith & \"Jones\": <script>alert(1)</script> #1", "yes",
                LocalDate.of(2027, 3, 1), "#0b6e4f");
        Files.writeString(dir.resolve("scheme.yml"), StarterProject.schemeYaml(answers));
        for (Map.Entry<String, byte[]> file : BundledFiles.folder("content").entrySet()) {
            Path path = dir.resolve("content").resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        Files.createDirectories(dir.resolve("content/assets"));
        Files.writeString(dir.resolve("content/assets/logo.svg"), StarterProject.logo(answers));

        LoadedScheme loaded;
        try {
            loaded = SchemeLoader.load(dir.resolve("scheme.yml"), dir, LocalDate.of(2026, 12, 4));
        } catch (ProblemException e) {
            throw new AssertionError("the starter scheme must load:\n" + e.getMessage(), e);
        }
        assertEquals(List.<Problem>of(), loaded.warnings());
        assertEquals(answers.organisation(), loaded.scheme().organisation().name());
        assertEquals("yes", loaded.scheme().scheme().name());
    }
}
