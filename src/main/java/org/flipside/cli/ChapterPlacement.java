package org.flipside.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flipside.model.Handbook;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Says where a chapter will appear in the handbook, by the rule in SCHEME.md: the chapters named in
 * {@code handbook.chapters} (or the default order when it is not written) come first, in that order, and
 * every other {@code content/*.md} is appended by its {@code order}. Reads only {@code handbook.chapters},
 * so it still answers while other parts of the scheme have errors.
 */
final class ChapterPlacement {

    private ChapterPlacement() {}

    /** One or two sentences for the terminal. */
    static String describe(String slug, Path schemeFile, List<ContentFolder.ChapterFile> content) {
        Optional<List<String>> written;
        try {
            written = writtenChapters(schemeFile);
        } catch (IOException | RuntimeException e) {
            return "Where it appears depends on handbook.chapters in " + schemeFile.getFileName()
                    + ", which could not be read (run `flipside check` to see why).";
        }
        boolean builtIn = Handbook.BUILT_IN_CHAPTERS.contains(slug);
        String intro = builtIn ? "Its text is shown at the start of the built-in `" + slug + "` chapter. " : "";
        List<String> listed = written.orElse(Handbook.DEFAULT_CHAPTERS);
        List<String> order = handbookOrder(listed, content);
        int at = order.indexOf(slug);
        String before = at > 0 ? order.get(at - 1) : null;
        String after = at >= 0 && at + 1 < order.size() ? order.get(at + 1) : null;
        if (listed.contains(slug)) {
            String where = before == null && after == null ? "as the only chapter"
                    : before == null ? "first, before `" + after + "`"
                    : after == null ? "last, after `" + before + "`"
                    : "between `" + before + "` and `" + after + "`";
            String source = written.isPresent() ? "where handbook.chapters lists it" : "where the default chapter order puts it";
            return intro + "It appears " + where + ", " + source + ".";
        }
        String where = before == null ? "It appears first" : "It is appended after `" + before + "`";
        String why = written.isPresent()
                ? "because handbook.chapters does not list it — add `" + slug + "` to handbook.chapters in "
                        + schemeFile.getFileName() + " to place it."
                : "because it is not in the default chapter order — to place it, add handbook.chapters to "
                        + schemeFile.getFileName() + " (the default order is: " + String.join(", ", Handbook.DEFAULT_CHAPTERS)
                        + ") with `" + slug + "` where you want it.";
        return intro + where + " " + why;
    }

    /**
     * The handbook's chapter slugs in order: listed names that exist (a content file or a built-in chapter),
     * then the other content files by {@code order} (files without one last), then by name.
     */
    static List<String> handbookOrder(List<String> listed, List<ContentFolder.ChapterFile> content) {
        Set<String> files = new LinkedHashSet<>();
        for (ContentFolder.ChapterFile file : content) files.add(file.slug());
        List<String> order = new ArrayList<>();
        for (String name : listed) {
            if ((files.contains(name) || Handbook.BUILT_IN_CHAPTERS.contains(name)) && !order.contains(name)) order.add(name);
        }
        content.stream()
                .filter(file -> !order.contains(file.slug()))
                .sorted(Comparator.comparingInt((ContentFolder.ChapterFile file) -> file.order().orElse(Integer.MAX_VALUE))
                        .thenComparing(ContentFolder.ChapterFile::slug))
                .forEach(file -> order.add(file.slug()));
        return order;
    }

    /** {@code handbook.chapters} as written; empty when the scheme does not write it. */
    static Optional<List<String>> writtenChapters(Path schemeFile) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(5 * 1024 * 1024);
        Object document;
        try (Reader reader = Files.newBufferedReader(schemeFile, StandardCharsets.UTF_8)) {
            document = new Yaml(new SafeConstructor(options)).load(reader);
        }
        if (!(document instanceof Map<?, ?> top) || !(top.get("handbook") instanceof Map<?, ?> handbook)) return Optional.empty();
        if (!(handbook.get("chapters") instanceof List<?> chapters)) return Optional.empty();
        List<String> names = new ArrayList<>();
        for (Object chapter : chapters) names.add(String.valueOf(chapter));
        return Optional.of(names);
    }
}
