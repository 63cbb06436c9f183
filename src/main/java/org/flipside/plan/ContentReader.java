package org.flipside.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.util.Suggestions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one {@code content/NAME.md}: checks it is UTF-8 text of a sane size, then splits off its header,
 * either YAML front matter between {@code ---} lines or JBake's own {@code key=value} lines closed by
 * {@code ~~~~~~}. Header keys: {@code title}, {@code order}, {@code summary}, {@code audience}; any other key
 * is an error (a JBake header may also carry JBake's {@code type}, {@code status}, {@code date} and
 * {@code tags}, which are ignored).
 */
final class ContentReader {

    /** Larger than any real chapter; stops a stray export or binary from being read whole. */
    static final long MAX_BYTES = 1024 * 1024;
    static final List<String> KEYS = List.of("title", "order", "summary", "audience");
    static final List<String> AUDIENCES = List.of("mentor", "mentee", "buddy", "lead");
    private static final Set<String> JBAKE_KEYS = Set.of("type", "status", "date", "tags");
    private static final Pattern JBAKE_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*)\\s*=(.*)");
    private static final String JBAKE_END = "~~~~~~";
    private static final String FIX_FRONT_MATTER = "Front matter sits between two `---` lines at the top of the"
            + " file and holds `key: value` lines, for example `title: Welcome`.";

    private final List<Problem> problems;

    ContentReader(List<Problem> problems) {
        this.problems = problems;
    }

    /** The file, or null after recording why it cannot be used. */
    ContentFile read(Path file, String name) {
        String path = "content/" + file.getFileName();
        String text = readText(file, path);
        if (text == null) return null;
        List<String> lines = List.of(text.split("\n", -1));
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) return frontMatter(name, path, lines);
        int end = jbakeHeaderEnd(lines);
        if (end >= 0) return jbakeHeader(name, path, lines, end);
        return new ContentFile(name, path, null, null, null, null, null, List.of(), text, 1);
    }

    private String readText(Path file, String path) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.add(Problem.error(Location.ofFile(path), "`" + path + "` is larger than 1 MiB.",
                        "A chapter is Markdown text; split it into smaller chapters, and keep images in `content/assets/`."));
                return null;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            if (text.indexOf('\0') >= 0) throw new CharacterCodingException();
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(Location.ofFile(path), "`" + path + "` is not UTF-8 text.",
                    "Save it as UTF-8 plain text (in most editors: Save As, Encoding: UTF-8)."));
        } catch (IOException e) {
            problems.add(Problem.error(Location.ofFile(path), "`" + path + "` cannot be read: " + e.getMessage() + ".",
                    "Check that the file exists and that you may read it."));
        }
        return null;
    }

    private ContentFile frontMatter(String name, String path, List<String> lines) {
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(Problem.error(new Location(path, 1, 1),
                    "The front matter that starts on line 1 is never closed.",
                    "End it with a line holding only `---`, before the chapter's text."));
            return null;
        }
        String yaml = String.join("\n", lines.subList(1, close));
        Header header = new Header(name, path);
        int before = problems.size();
        Node root = compose(yaml, path);
        if (root != null) header.read(root);
        if (problems.size() > before) return null;
        return header.toFile(String.join("\n", lines.subList(close + 1, lines.size())), close + 2);
    }

    private Node compose(String yaml, String path) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit((int) MAX_BYTES);
        try {
            return new Yaml(new SafeConstructor(options)).compose(new java.io.StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Location at = mark == null ? new Location(path, 2, 0) : new Location(path, mark.getLine() + 2, mark.getColumn() + 1);
            String why = e.getProblem() == null ? "it cannot be read" : e.getProblem();
            if (yaml.contains("\t")) why += " (YAML indents with spaces, not tabs)";
            problems.add(Problem.error(at, "The front matter is not valid YAML: " + why + ".", FIX_FRONT_MATTER));
        } catch (YAMLException e) {
            problems.add(Problem.error(new Location(path, 2, 0), "The front matter cannot be read: " + e.getMessage() + ".",
                    FIX_FRONT_MATTER));
        }
        return null;
    }

    /** The index of the {@code ~~~~~~} line closing a JBake header, or -1 when the file has none. */
    static int jbakeHeaderEnd(List<String> lines) {
        boolean sawKey = false;
        for (int i = 0; i < lines.size() && i < 100; i++) {
            String line = lines.get(i).strip();
            if (line.equals(JBAKE_END)) return sawKey ? i : -1;
            if (line.isEmpty()) continue;
            if (!JBAKE_LINE.matcher(line).matches()) return -1;
            sawKey = true;
        }
        return -1;
    }

    private ContentFile jbakeHeader(String name, String path, List<String> lines, int end) {
        Header header = new Header(name, path);
        int before = problems.size();
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            Matcher m = JBAKE_LINE.matcher(line.strip());
            if (!m.matches()) continue;
            String key = m.group(1);
            Location at = new Location(path, i + 1, line.indexOf(key) + 1);
            Location valueAt = new Location(path, i + 1, line.indexOf('=') + 2);
            String value = m.group(2).strip();
            if (JBAKE_KEYS.contains(key)) continue;
            List<String> audience = new ArrayList<>();
            for (String part : value.split(",")) if (!part.isBlank()) audience.add(part.strip());
            header.set(key, at, valueAt, value, audience, false);
        }
        if (problems.size() > before) return null;
        return header.toFile(String.join("\n", lines.subList(end + 1, lines.size())), end + 2);
    }

    /** The header's values as they are read, with the checks both header styles share. */
    private final class Header {
        private final String name;
        private final String path;
        private final Set<String> seen = new LinkedHashSet<>();
        private String title;
        private Location titleAt;
        private Integer order;
        private String summary;
        private Location summaryAt;
        private List<String> audience = List.of();

        Header(String name, String path) {
            this.name = name;
            this.path = path;
        }

        void read(Node root) {
            if (!(root instanceof MappingNode mapping)) {
                problems.add(Problem.error(at(root), "The front matter must be `key: value` lines.", FIX_FRONT_MATTER));
                return;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                Node value = tuple.getValueNode();
                if (!(keyNode instanceof ScalarNode key)) {
                    problems.add(Problem.error(at(keyNode), "A front matter key must be a plain word.", FIX_FRONT_MATTER));
                    continue;
                }
                String text = value instanceof ScalarNode s ? s.getValue() : null;
                List<String> items = new ArrayList<>();
                boolean listOfText = true;
                if (value instanceof SequenceNode seq) {
                    for (Node item : seq.getValue()) {
                        if (item instanceof ScalarNode s) items.add(s.getValue().strip()); else listOfText = false;
                    }
                } else if (text != null) {
                    items.add(text.strip());
                } else {
                    listOfText = false;
                }
                set(key.getValue(), at(key), at(value), text, listOfText ? items : null, value instanceof SequenceNode);
            }
        }

        /**
         * @param text  the value as text; null when it is not a single value
         * @param items the value as a list of texts; null when it is not one
         */
        void set(String key, Location keyAt, Location valueAt, String text, List<String> items, boolean isList) {
            if (!seen.add(key)) {
                problems.add(Problem.error(keyAt, "`" + key + "` is written twice in the header.", "Keep one of them."));
                return;
            }
            switch (key) {
                case "title" -> {
                    title = requireText(key, valueAt, text, isList);
                    titleAt = valueAt;
                }
                case "summary" -> {
                    summary = requireText(key, valueAt, text, isList);
                    summaryAt = valueAt;
                }
                case "order" -> order = wholeNumber(valueAt, text);
                case "audience" -> audience = audience(valueAt, items);
                default -> {
                    String hint = Suggestions.closest(key, KEYS).map(s -> "Did you mean `" + s + "`? ").orElse("");
                    problems.add(Problem.error(keyAt, "`" + key + "` is not a known front matter key.",
                            hint + "The keys are " + String.join(", ", KEYS.stream().map(k -> "`" + k + "`").toList()) + "."));
                }
            }
        }

        private String requireText(String key, Location at, String text, boolean isList) {
            if (text == null || isList) {
                problems.add(Problem.error(at, "`" + key + "` must be one line of text.",
                        "Write it as `" + key + ": Your text`, in quotes if it holds a colon."));
                return null;
            }
            return text.isBlank() ? null : text.strip();
        }

        private Integer wholeNumber(Location at, String text) {
            if (text != null && text.strip().matches("-?\\d{1,6}")) return Integer.valueOf(text.strip());
            problems.add(Problem.error(at, "`order` must be a whole number, not `" + (text == null ? "a list" : text.strip()) + "`.",
                    "Write for example `order: 20`; chapters added after the listed ones are sorted by it."));
            return null;
        }

        private List<String> audience(Location at, List<String> items) {
            if (items == null) {
                problems.add(Problem.error(at, "`audience` must be a list of roles.",
                        "Write for example `audience: [mentor, mentee]`, using " + String.join(", ", AUDIENCES) + "."));
                return List.of();
            }
            List<String> valid = new ArrayList<>();
            for (String item : items) {
                if (AUDIENCES.contains(item)) {
                    if (!valid.contains(item)) valid.add(item);
                } else {
                    String hint = Suggestions.closest(item, AUDIENCES).map(s -> "Did you mean `" + s + "`? ").orElse("");
                    problems.add(Problem.error(at, "`" + item + "` is not an audience.",
                            hint + "Use any of " + String.join(", ", AUDIENCES) + ", or leave `audience` out for everyone."));
                }
            }
            return List.copyOf(valid);
        }

        private Location at(Node node) {
            Mark mark = node.getStartMark();
            // The YAML starts on line 2 of the file, after the opening `---`.
            return mark == null ? new Location(path, 2, 0) : new Location(path, mark.getLine() + 2, mark.getColumn() + 1);
        }

        ContentFile toFile(String body, int bodyLine) {
            return new ContentFile(name, path, title, titleAt, order, summary, summaryAt, audience, body, bodyLine);
        }
    }
}
