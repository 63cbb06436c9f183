package org.flipside.scheme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.flipside.diagnostic.ProblemException;

/** Writes small scheme files into a temporary project folder for tests that need no shared fixtures. */
final class SchemeFiles {

    static final LocalDate BUILD_DATE = LocalDate.of(2026, 12, 4);

    /** The smallest valid scheme; tests append blocks to it. 14 lines. */
    static final String BASE = """
            version: 1
            organisation:
              name: Ashby Lane Solicitors
            scheme:
              name: Ashby Lane Reverse Mentoring
              start: 2026-02-02
            purpose:
              problem: Partners rarely hear from trainees.
              aims: [Partners understand junior colleagues.]
              objectives:
                - {id: listening, text: Partners change one thing., measures: [changes-made]}
            evaluation:
              measures:
                - {id: changes-made, title: Changes made, level: behaviour, instrument: interview, when: [final]}
            """;

    private SchemeFiles() {}

    static Path write(Path folder, String text) throws IOException {
        return write(folder, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path folder, byte[] bytes) throws IOException {
        Path file = folder.resolve("scheme.yml");
        Files.write(file, bytes);
        return file;
    }

    static LoadedScheme load(Path folder, String text) throws IOException, ProblemException {
        Path file = write(folder, text);
        return SchemeLoader.load(file, folder, BUILD_DATE);
    }
}
