package org.flipside.scheme;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a YAML file into SnakeYAML's node tree (values with their line and column), refusing anything that
 * could hurt: files over {@link #MAX_BYTES}, binary or non-UTF-8 files, tags (which could name program code),
 * more than {@link #MAX_COLLECTION_ALIASES} aliases of lists or mappings ("billion laughs"), deep nesting.
 * Nothing is constructed into Java objects: only the node tree is composed.
 */
final class YamlReader {

    static final long MAX_BYTES = 1024 * 1024;
    static final int MAX_COLLECTION_ALIASES = 50;
    static final int MAX_NESTING = 40;

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    private YamlReader() {}

    /** A composed file: its top-level mapping and its text (for messages that quote a line). */
    record Source(MappingNode root, String text) {}

    /** Reads and composes {@code file}; {@code name} is how messages name it. */
    static Source read(Path file, String name) throws ProblemException {
        byte[] bytes = readBytes(file, name);
        return compose(bytes, name);
    }

    /** Composes YAML from a stream (the built-in defaults). */
    static Source read(InputStream in, String name) throws ProblemException {
        try (in) {
            return compose(in.readNBytes((int) MAX_BYTES + 1), name);
        } catch (IOException e) {
            throw new ProblemException(Problem.error(Location.ofFile(name), "could not be read: " + e.getMessage(), ""));
        }
    }

    private static byte[] readBytes(Path file, String name) throws ProblemException {
        Location whole = Location.ofFile(name);
        try {
            if (Files.isDirectory(file)) {
                throw new ProblemException(Problem.error(whole, "is a folder, not a scheme file",
                        "name the scheme file itself, e.g. `scheme.yml`"));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ProblemException(Problem.error(whole, String.format(java.util.Locale.ROOT,
                        "is %.1f MiB; a scheme file may be at most 1 MiB", size / (1024.0 * 1024.0)),
                        "check that this is your scheme file; long texts belong in `content/*.md`"));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Read at most the cap, even if the file grew since it was measured.
                return in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new ProblemException(Problem.error(whole, "does not exist",
                    "check the file name, or run `flipside init` to create a scheme file"));
        } catch (IOException e) {
            throw new ProblemException(Problem.error(whole, "could not be read: " + e.getMessage(),
                    "check that the file exists and that you may read it"));
        }
    }

    private static Source compose(byte[] bytes, String name) throws ProblemException {
        Location whole = Location.ofFile(name);
        if (bytes.length > MAX_BYTES) {
            throw new ProblemException(Problem.error(whole, "is larger than 1 MiB; a scheme file may be at most 1 MiB",
                    "check that this is your scheme file; long texts belong in `content/*.md`"));
        }
        String text = decode(bytes, name);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<Problem> tabs = findIndentTabs(text, name);
        if (!tabs.isEmpty()) throw new ProblemException(tabs);

        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit((int) MAX_BYTES + 1);
        options.setProcessComments(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new ProblemException(ParseErrors.explain(e, name, text));
        } catch (YAMLException e) {
            throw new ProblemException(ParseErrors.explain(e, name));
        } catch (RuntimeException | StackOverflowError e) {
            throw new ProblemException(Problem.error(whole, "could not be read as YAML (" + e.getClass().getSimpleName() + ")",
                    "check the file for very deep nesting or unusual characters"));
        }
        if (root == null) {
            throw new ProblemException(Problem.error(whole, "is empty",
                    "start from `flipside init`, or copy the example `scheme.yml`; it needs at least `version`,"
                            + " `organisation`, `scheme` and `purpose`"));
        }
        List<Problem> tagProblems = new ArrayList<>();
        checkTags(root, name, tagProblems, new IdentityHashMap<>());
        if (!tagProblems.isEmpty()) throw new ProblemException(tagProblems);
        if (!(root instanceof MappingNode)) {
            String what = root instanceof SequenceNode ? "a list" : "a single value";
            throw new ProblemException(Problem.error(at(name, root.getStartMark()),
                    "the file is " + what + ", but a scheme file is a mapping of keys such as `version:`,"
                            + " `organisation:`, `scheme:` and `purpose:`",
                    "start each top-level key at the beginning of a line, with no `- ` in front"));
        }
        return new Source((MappingNode) root, text);
    }

    private static String decode(byte[] bytes, String name) throws ProblemException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ProblemException(Problem.error(Location.ofFile(name),
                        "is not a text file (it holds binary data)",
                        "name your scheme file, a plain text file usually called `scheme.yml`"));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - (before.lastIndexOf('\n') + 1) + 1;
            throw new ProblemException(Problem.error(new Location(name, line, column),
                    String.format(java.util.Locale.ROOT, "is not UTF-8 text (byte 0x%02X cannot be read)", bytes[bad] & 0xff),
                    "save the file with the UTF-8 encoding (in most editors: Save As, Encoding: UTF-8)"));
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    /** YAML forbids tabs in indentation; editors hide them, so say exactly where each one is. */
    private static List<Problem> findIndentTabs(String text, String name) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length && problems.size() < 10; i++) {
            String line = lines[i];
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (ch == '\t') {
                    problems.add(Problem.error(new Location(name, i + 1, c + 1),
                            "YAML indents with spaces, not tabs: this line starts with a tab",
                            "replace the tab with spaces (set your editor to insert spaces for Tab)"));
                    break;
                }
                if (ch != ' ' && ch != '-') break;
            }
        }
        return problems;
    }

    private static void checkTags(Node node, String name, List<Problem> problems, Map<Node, Boolean> seen) {
        if (seen.put(node, Boolean.TRUE) != null || problems.size() >= 10) return;
        if (!PLAIN_TAGS.contains(node.getTag())) {
            problems.add(Problem.error(at(name, node.getStartMark()),
                    "`" + shortTag(node.getTag()) + "` is a YAML tag; scheme files may not use tags",
                    "remove `" + shortTag(node.getTag()) + "` and write the value as plain text"));
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                checkTags(t.getKeyNode(), name, problems, seen);
                checkTags(t.getValueNode(), name, problems, seen);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node child : seq.getValue()) checkTags(child, name, problems, seen);
        }
    }

    static String shortTag(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }

    static Location at(String name, Mark mark) {
        return mark == null ? Location.ofFile(name) : new Location(name, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
