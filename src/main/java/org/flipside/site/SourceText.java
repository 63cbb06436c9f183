package org.flipside.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flipside.diagnostic.Location;

/** Finds where a piece of text was written in a project file, so that problems can point at the line. */
final class SourceText {

    private SourceText() {}

    /**
     * The line and column where {@code needle} first appears in {@code file} (relative to {@code projectRoot});
     * the whole file when it cannot be read or the text is not in it.
     */
    static Location locate(Path projectRoot, String file, String needle) {
        try {
            List<String> lines = Files.readAllLines(projectRoot.resolve(file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                int col = lines.get(i).indexOf(needle);
                if (col >= 0) return new Location(file, i + 1, col + 1);
            }
        } catch (IOException | RuntimeException e) {
            // Not readable (or not a file): the file name alone still says where to look.
        }
        return Location.ofFile(file);
    }
}
