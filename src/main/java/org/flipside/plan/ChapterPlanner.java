package org.flipside.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Handbook;
import org.flipside.model.Scheme;
import org.flipside.util.Suggestions;

/**
 * The handbook's chapters in order: {@code handbook.chapters} (or {@link Handbook#DEFAULT_CHAPTERS}), then every
 * {@code content/*.md} not listed, sorted by its {@code order}, then by file name. When the order comes from
 * the defaults, a default chapter that is neither built in nor a file is left out (a new project has no
 * {@code welcome.md} yet); when the scheme lists it, that is an error.
 */
final class ChapterPlanner {

    /** What a chapter name, and so a page's file name, may be: it is used in addresses and file names. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** Titles of the built-in chapters when their Markdown gives none. */
    static final Map<String, String> BUILT_IN_TITLES = Map.ofEntries(
            Map.entry("purpose", "Purpose, aims and objectives"),
            Map.entry("people", "People and roles"),
            Map.entry("timeline", "Timeline"),
            Map.entry("matching", "Matching"),
            Map.entry("meetings", "Meetings and themes"),
            Map.entry("themes", "Themes and prompts"),
            Map.entry("agreement", "The mentoring agreement"),
            Map.entry("diary", "Reflective diary"),
            Map.entry("support", "Support and wellbeing"),
            Map.entry("community", "Community"),
            Map.entry("evaluation", "Evaluation"),
            Map.entry("next-steps", "Next steps"),
            Map.entry("privacy", "Privacy and your data"),
            Map.entry("downloads", "Downloads"));

    private static final Pattern HEADING = Pattern.compile("#\\s+(.+?)(?:\\s+#+)?\\s*");

    private final Scheme scheme;
    private final List<Problem> problems;
    private final PlaceholderText placeholders;

    ChapterPlanner(Scheme scheme, List<Problem> problems) {
        this.scheme = scheme;
        this.problems = problems;
        this.placeholders = new PlaceholderText(scheme, problems);
    }

    List<Chapter> plan(Path projectRoot) {
        Map<String, ContentFile> files = readContent(projectRoot);
        boolean written = scheme.sources().locations().containsKey("handbook.chapters");
        List<String> names = scheme.handbook() == null || scheme.handbook().chapters() == null
                || scheme.handbook().chapters().isEmpty() ? Handbook.DEFAULT_CHAPTERS : scheme.handbook().chapters();

        List<Chapter> chapters = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Location at = scheme.sources().locate("handbook.chapters[" + i + "]");
            if (!listed.add(name)) {
                problems.add(Problem.error(at, "Chapter `" + name + "` is listed twice in `handbook.chapters`.",
                        "Keep one of them."));
                continue;
            }
            boolean builtIn = Handbook.BUILT_IN_CHAPTERS.contains(name);
            ContentFile file = files.get(name);
            if (builtIn || file != null) {
                chapters.add(chapter(name, file, builtIn));
            } else if (written) {
                problems.add(unknownChapter(at, name, files.keySet()));
            }
        }
        files.values().stream()
                .filter(f -> !listed.contains(f.name()))
                .sorted(Comparator.comparing((ContentFile f) -> f.order() == null ? Integer.MAX_VALUE : f.order())
                        .thenComparing(ContentFile::name))
                .forEach(f -> chapters.add(chapter(f.name(), f, Handbook.BUILT_IN_CHAPTERS.contains(f.name()))));
        return List.copyOf(chapters);
    }

    private Problem unknownChapter(Location at, String name, Set<String> files) {
        List<String> candidates = new ArrayList<>(Handbook.BUILT_IN_CHAPTERS);
        candidates.addAll(files);
        String hint = Suggestions.closest(name, candidates).map(s -> "Did you mean `" + s + "`? ").orElse("");
        return Problem.error(at, "Chapter `" + name + "` is neither a built-in chapter nor a file `content/" + name + ".md`.",
                hint + "Create `content/" + name + ".md`, or use a built-in chapter: "
                        + String.join(", ", Handbook.BUILT_IN_CHAPTERS) + ".");
    }

    private Chapter chapter(String name, ContentFile file, boolean generated) {
        if (file == null) return new Chapter(name, BUILT_IN_TITLES.getOrDefault(name, name), null, List.of(), null, true, null);
        String markdown = placeholders.markdown(file.body(), file.path(), file.bodyLine());
        String title = placeholders.plain(file.title(), file.titleAt());
        if (title == null) title = BUILT_IN_TITLES.get(name);
        if (title == null) title = firstHeading(file);
        if (title == null) title = name;
        String summary = placeholders.plain(file.summary(), file.summaryAt());
        return new Chapter(name, title, summary, file.audience(), markdown, generated, file.path());
    }

    /** The text of the first {@code # heading}, placeholders resolved as plain text; null when there is none. */
    private String firstHeading(ContentFile file) {
        String[] lines = file.body().split("\n", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) fenced = !fenced;
            if (fenced) continue;
            var m = HEADING.matcher(line);
            if (m.matches()) {
                // Problems in the heading were already reported for the body: resolve into a throwaway list.
                return new PlaceholderText(scheme, new ArrayList<>())
                        .plain(m.group(1), new Location(file.path(), file.bodyLine() + i, m.start(1) + 1)).strip();
            }
        }
        return null;
    }

    /** Every usable {@code content/*.md} by name; files that cannot be used are reported and left out. */
    private Map<String, ContentFile> readContent(Path projectRoot) {
        Map<String, ContentFile> files = new TreeMap<>();
        Path folder = projectRoot.resolve("content");
        if (!Files.isDirectory(folder)) return files;
        List<Path> paths;
        try (Stream<Path> listing = Files.list(folder)) {
            paths = listing.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.error(Location.ofFile("content"), "The `content` folder cannot be read: " + e.getMessage() + ".",
                    "Check that the folder exists and that you may read it."));
            return files;
        }
        Path root = realPath(projectRoot);
        ContentReader reader = new ContentReader(problems);
        for (Path path : paths) {
            String fileName = path.getFileName().toString();
            String name = fileName.substring(0, fileName.length() - ".md".length());
            String shown = "content/" + fileName;
            if (!SLUG.matcher(name).matches()) {
                problems.add(Problem.error(Location.ofFile(shown),
                        "The file name `" + shown + "` cannot become a page address: chapter names use lowercase"
                                + " letters, digits and '-' only.",
                        "Rename it to `content/" + slugFor(name) + ".md`, and use that name in `handbook.chapters`."));
                continue;
            }
            if (!Files.isRegularFile(path) || root == null || !realPath(path).startsWith(root)) {
                problems.add(Problem.error(Location.ofFile(shown),
                        "`" + shown + "` is not a file inside the project folder.",
                        "Replace the link with the file itself: chapters must live in the project's `content` folder."));
                continue;
            }
            ContentFile file = reader.read(path, name);
            if (file != null) files.put(name, file);
        }
        return files;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** A name that would be allowed: {@code Our Story & Values} becomes {@code our-story-and-values}. */
    static String slugFor(String name) {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace("&", " and ")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "chapter" : slug;
    }
}
