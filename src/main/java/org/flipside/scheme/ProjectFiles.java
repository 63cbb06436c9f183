package org.flipside.scheme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Handbook;
import org.flipside.model.Scheme;

/** Checks what the scheme names in the project folder: the logo and the chapters' content files. */
final class ProjectFiles {

    private ProjectFiles() {}

    static void check(Scheme scheme, Path projectRoot, boolean chaptersWritten, List<Problem> problems) {
        logo(scheme, projectRoot, problems);
        if (chaptersWritten) chapters(scheme, projectRoot, problems);
    }

    private static void logo(Scheme scheme, Path root, List<Problem> problems) {
        String logo = scheme.organisation().logo();
        if (logo == null) return;
        var where = scheme.sources().locate("organisation.logo");
        Path base = root.toAbsolutePath().normalize();
        Path file;
        try {
            file = base.resolve(logo).normalize();
        } catch (InvalidPathException e) {
            problems.add(Problem.error(where, "`organisation.logo` is not a usable file path: `" + logo + "`",
                    "write a path inside the project folder, e.g. `content/assets/logo.png`"));
            return;
        }
        if (!file.startsWith(base) || Path.of(logo).isAbsolute()) {
            problems.add(Problem.error(where, "`organisation.logo` points outside the project folder (`" + logo + "`)",
                    "copy the logo into the project, e.g. `content/assets/logo.png`, and write that path"));
            return;
        }
        String lower = logo.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".svg"))) {
            problems.add(Problem.error(where, "`organisation.logo` must be a PNG, JPEG or SVG file, not `" + logo + "`",
                    "save the logo as .png, .jpg or .svg"));
            return;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.error(where, "the logo `" + logo + "` does not exist in the project folder",
                    "check the path (it is relative to the folder holding scheme.yml)"));
            return;
        }
        try {
            if (!file.toRealPath().startsWith(base.toRealPath())) {
                problems.add(Problem.error(where, "`organisation.logo` links to a file outside the project folder",
                        "copy the logo itself into the project folder"));
                return;
            }
            if (!looksLikeImage(file, lower)) {
                problems.add(Problem.error(where, "the logo `" + logo + "` is not a PNG, JPEG or SVG image inside,"
                        + " whatever its name says", "export the logo again as PNG, JPEG or SVG"));
            }
        } catch (IOException e) {
            problems.add(Problem.error(where, "the logo `" + logo + "` could not be read: " + e.getMessage(),
                    "check that the file exists and that you may read it"));
        }
    }

    private static boolean looksLikeImage(Path file, String lower) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        }
        if (lower.endsWith(".png")) {
            return head.length >= 8 && Arrays.equals(Arrays.copyOf(head, 8),
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        }
        if (lower.endsWith(".svg")) {
            String text = new String(head, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            return text.contains("<svg") || text.contains("<?xml");
        }
        return head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff;
    }

    private static void chapters(Scheme scheme, Path root, List<Problem> problems) {
        List<String> chapters = scheme.handbook().chapters();
        for (int i = 0; i < chapters.size(); i++) {
            String name = chapters.get(i);
            if (Handbook.BUILT_IN_CHAPTERS.contains(name)) continue;
            if (Files.isRegularFile(root.resolve("content").resolve(name + ".md"))) continue;
            String near = Suggestions.closest(name, Handbook.BUILT_IN_CHAPTERS);
            problems.add(Problem.error(scheme.sources().locate("handbook.chapters[" + i + "]"),
                    "chapter `" + name + "` is neither a built-in chapter nor a file `content/" + name + ".md`",
                    (near != null ? "did you mean `" + near + "`? " : "") + "create content/" + name
                            + ".md, or use a built-in chapter: " + String.join(", ", Handbook.BUILT_IN_CHAPTERS)));
        }
    }
}
