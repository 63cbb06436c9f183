package org.flipside.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The chapters in {@code content/} as {@code new chapter} needs them: slug and {@code order}, nothing more. */
final class ContentFolder {

    /** A chapter file; {@code order} is empty when its front matter has none (or none that is a whole number). */
    record ChapterFile(String slug, OptionalInt order) {}

    private static final Pattern YAML_ORDER = Pattern.compile("^order\\s*:\\s*['\"]?(-?\\d{1,9})['\"]?\\s*(#.*)?$");
    private static final Pattern JBAKE_ORDER = Pattern.compile("^order\\s*=\\s*(-?\\d{1,9})\\s*$");

    private ContentFolder() {}

    /** Every {@code content/*.md}, sorted by slug; empty when the folder does not exist. */
    static List<ChapterFile> chapters(Path contentDir) throws IOException {
        List<ChapterFile> found = new ArrayList<>();
        if (!Files.isDirectory(contentDir)) return found;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(contentDir, "*.md")) {
            for (Path file : files) {
                if (!Files.isRegularFile(file)) continue;
                String name = file.getFileName().toString();
                found.add(new ChapterFile(name.substring(0, name.length() - 3), order(file)));
            }
        }
        found.sort(Comparator.comparing(ChapterFile::slug));
        return found;
    }

    /** The {@code order} in a chapter's YAML front matter ({@code ---} … {@code ---}) or JBake header ({@code order=3} … {@code ~~~~~~}). */
    static OptionalInt order(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            return OptionalInt.empty();
        }
        boolean yaml = !lines.isEmpty() && lines.get(0).strip().equals("---");
        for (int i = yaml ? 1 : 0; i < lines.size() && i < 200; i++) {
            String line = lines.get(i).strip();
            if (yaml ? line.equals("---") || line.equals("...") : line.startsWith("~~~~")) break;
            Matcher m = (yaml ? YAML_ORDER : JBAKE_ORDER).matcher(line);
            if (m.matches()) return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        return OptionalInt.empty();
    }
}
