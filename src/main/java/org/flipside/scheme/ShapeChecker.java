package org.flipside.scheme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.scheme.Shape.Kind;
import org.flipside.scheme.Value.ListValue;
import org.flipside.scheme.Value.MapValue;
import org.flipside.scheme.Value.ScalarValue;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Checks a node tree against a {@link Shape} and turns it into {@link Value}s. Reports unknown keys (with a
 * "did you mean"), keys written twice, wrong types, impossible dates and enum words not allowed; a value that
 * fails is left out of the result, so the defaults (or nothing) stand in for it. Required keys are not
 * checked here but after the defaults are merged (see {@link #checkRequired}).
 */
final class ShapeChecker {

    static final Pattern ID = Shape.ID;
    /** Guards against alias expansion however the aliases are arranged. */
    private static final int MAX_VISITS = 200_000;

    private final String file;
    private final String[] lines;
    private final List<Problem> problems;
    private final Set<String> reported;
    private final ScalarReader scalars;
    private int visits;

    private ShapeChecker(String file, String source, List<Problem> problems, Set<String> reported) {
        this.file = file;
        this.reported = reported;
        this.scalars = new ScalarReader(problems);
        this.lines = source == null ? new String[0] : source.split("\n", -1);
        this.problems = problems;
    }

    /**
     * Checks the whole file; never null (an empty mapping when nothing survived). The paths of values
     * already reported (wrong type, or a misspelt key's likely meaning) are added to {@code reported}, so that
     * they are not reported missing as well.
     */
    static MapValue check(MappingNode root, String file, String source, List<Problem> problems,
                          Set<String> reported) {
        ShapeChecker checker = new ShapeChecker(file, source, problems, reported);
        MapValue value = checker.map(root, KeyTable.ROOT, "", Location.ofFile(file));
        return value == null ? new MapValue(Location.ofFile(file), Map.of()) : value;
    }

    private Value value(Node node, Shape shape, String path, Location keyLocation) {
        if (++visits > MAX_VISITS) throw new TooLarge();
        if (isNull(node)) {
            if (shape instanceof Shape.Scalar s && s.kind() == Kind.COLOUR && hashOnLine(node)) {
                problems.add(Problem.error(at(node), "`" + path + "` is empty: in YAML an unquoted `#` starts a comment",
                        "put the colour in quotes, e.g. `" + lastSegment(path) + ": \"#1d3557\"`"));
            }
            return null;
        }
        if (shape instanceof Shape.MapOf m) return map(node, m, path, keyLocation);
        if (shape instanceof Shape.ListOf l) return list(node, l, path, keyLocation);
        return scalar(node, (Shape.Scalar) shape, path);
    }

    private MapValue map(Node node, Shape.MapOf shape, String path, Location keyLocation) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(Problem.error(at(node), "`" + display(path) + "` must be a mapping of keys"
                            + example(shape) + ", not " + describe(node),
                    "write the keys on the lines below `" + lastSegment(path) + ":`, indented by two spaces"));
            return null;
        }
        Map<String, Value> entries = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        String lastTextKey = null;
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (lastTextKey != null && isCommaSplit(mapping, tuple) && shape.field(((ScalarNode) keyNode).getValue()) == null) {
                // `{title: Develop purpose, aims and objectives}`: the comma split the title; join it again.
                ScalarValue before = (ScalarValue) entries.get(lastTextKey);
                entries.put(lastTextKey, new ScalarValue(before.location(),
                        before.value() + ", " + ((ScalarNode) keyNode).getValue(), before.singleLine(), before.textColumn()));
                continue;
            }
            lastTextKey = null;
            if (!(keyNode instanceof ScalarNode keyScalar) || isNull(keyNode)) {
                problems.add(Problem.error(at(keyNode), "a key " + place(path) + " is not a plain word",
                        "write keys as plain words followed by `:`"));
                continue;
            }
            String key = keyScalar.getValue();
            Location keyAt = at(keyNode);
            Integer earlier = firstLine.putIfAbsent(key, keyAt.line());
            if (earlier != null) {
                problems.add(Problem.error(keyAt, "`" + key + "` is written twice " + place(path)
                                + " (first on line " + earlier + ")",
                        "keep one `" + key + ":` and delete or merge the other"));
                continue;
            }
            String childPath = path.isEmpty() ? key : path + "." + key;
            Shape childShape;
            if (shape.anyKey() != null) {
                if (!ID.matcher(key).matches()) {
                    problems.add(Problem.error(keyAt, "`" + key + "` in `" + display(path)
                                    + "` must be an id of lowercase letters, digits and `-`",
                            "e.g. `midpoint` or `final`"));
                    continue;
                }
                childShape = shape.anyKey();
            } else {
                Shape.Field field = shape.field(key);
                if (field == null) {
                    problems.add(unknownKey(key, keyAt, path, shape));
                    String meant = Suggestions.closest(key, shape.names());
                    if (meant != null) reported.add(path.isEmpty() ? meant : path + "." + meant);
                    continue;
                }
                childShape = field.shape();
            }
            Value child = value(tuple.getValueNode(), childShape, childPath, keyAt);
            if (child != null) entries.put(key, child);
            else if (!isNull(tuple.getValueNode())) reported.add(childPath);
            if (child instanceof ScalarValue sv && sv.value() instanceof String
                    && childShape instanceof Shape.Scalar sc && sc.kind() == Kind.TEXT) {
                lastTextKey = key;
            }
        }
        if (!shape.exactlyOneOf().isEmpty()) {
            List<String> written = shape.exactlyOneOf().stream()
                    .filter(k -> mapping.getValue().stream().anyMatch(t -> t.getKeyNode() instanceof ScalarNode s
                            && s.getValue().equals(k) && !isNull(t.getValueNode())))
                    .toList();
            if (written.size() != 1) {
                String choices = Shape.ShapeText.backticked(shape.exactlyOneOf());
                String what = written.isEmpty() ? "needs one of " + choices
                        : "has " + Shape.ShapeText.backticked(written).replace(" or ", " and ") + ", but takes only one";
                String fix = written.isEmpty() ? "add one of " + choices : "keep one of " + choices + " and delete the other";
                problems.add(Problem.error(at(node), "`" + display(path) + "` " + what, fix));
            }
        }
        return new MapValue(keyLocation.line() > 0 ? keyLocation : at(node), entries);
    }

    private ListValue list(Node node, Shape.ListOf shape, String path, Location keyLocation) {
        if (!(node instanceof SequenceNode sequence)) {
            String fix = node instanceof ScalarNode
                    ? "put each item on its own line starting with `- `, or write `[\"...\"]` around a single item"
                    : "write the items on the lines below `" + lastSegment(path) + ":`, each starting with `- `";
            problems.add(Problem.error(at(node), "`" + display(path) + "` must be a list, not " + describe(node), fix));
            return null;
        }
        List<Value> items = new ArrayList<>();
        int index = 0;
        for (Node item : sequence.getValue()) {
            String itemPath = path + "[" + index++ + "]";
            if (isNull(item)) {
                problems.add(Problem.error(at(item), "`" + display(itemPath) + "` is an empty list item",
                        "write a value after the `- `, or delete the line"));
                continue;
            }
            if (shape.item() instanceof Shape.Scalar s && s.kind() == Kind.TEXT && item instanceof MappingNode
                    && sequence.getFlowStyle() == FlowStyle.FLOW) {
                problems.add(Problem.error(at(item), ParseErrors.FLOW_LIST_MESSAGE, ParseErrors.FLOW_LIST_FIX));
                continue;
            }
            Value value = value(item, shape.item(), itemPath, at(item));
            if (value != null) items.add(value);
        }
        return new ListValue(keyLocation.line() > 0 ? keyLocation : at(node), items);
    }

    private ScalarValue scalar(Node node, Shape.Scalar shape, String path) {
        if (shape.kind() == Kind.WEEKS && node instanceof SequenceNode seq) return weeksRange(seq, shape, path);
        if (!(node instanceof ScalarNode scalar)) {
            if (shape.kind() == Kind.TEXT && node instanceof MappingNode m && m.getFlowStyle() == FlowStyle.BLOCK
                    && m.getValue().size() == 1) {
                problems.add(Problem.error(at(node), "`" + display(path) + "` must be text, but a `: ` in it"
                                + " made YAML read a key and a value",
                        "put the text in quotes (\"...\") or replace `: ` with ` - `"));
                return null;
            }
            problems.add(Problem.error(at(node), "`" + display(path) + "` must be " + shape.expected()
                    + ", not " + describe(node), "write a single value after `" + lastSegment(path) + ":`"));
            return null;
        }
        String text = scalar.getValue();
        boolean quoted = scalar.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED
                || scalar.getScalarStyle() == ScalarStyle.SINGLE_QUOTED;
        boolean singleLine = (scalar.getScalarStyle() == ScalarStyle.PLAIN || quoted)
                && node.getStartMark().getLine() == node.getEndMark().getLine();
        Location where = at(node);
        Object value = switch (shape.kind()) {
            // A folded or literal block ends with a line break that no one means to show.
            case TEXT -> text.replaceAll("\\n+$", "");
            case INTEGER -> scalars.integer(text, shape, path, where);
            case BOOLEAN -> scalars.bool(text, path, where);
            case DATE -> scalars.date(text, path, where);
            case ENUM -> scalars.enumWord(text, shape, path, where);
            case ID -> scalars.id(text, path, where);
            case COLOUR -> scalars.colour(text, path, where);
            case URL -> scalars.url(text, path, where);
            case EMAIL -> scalars.email(text, path, where);
            case LANGUAGE -> scalars.language(text, path, where);
            case WEEKS -> {
                Integer weeks = scalars.integer(text, shape, path, where);
                yield weeks == null ? null : new Value.Weeks(weeks, weeks);
            }
        };
        return value == null ? null : new ScalarValue(where, value, singleLine, where.column() + (quoted ? 1 : 0));
    }

    private ScalarValue weeksRange(SequenceNode seq, Shape.Scalar shape, String path) {
        Location where = at(seq);
        List<Integer> bounds = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode s)) break;
            Integer n = scalars.integer(s.getValue(), shape, path, at(item));
            if (n == null) return null;
            bounds.add(n);
        }
        if (bounds.size() != 2 || bounds.get(0) > bounds.get(1)) {
            problems.add(Problem.error(where, "`" + display(path) + "` must be whole weeks, or a range of two"
                    + " numbers, smallest first", "e.g. `weeks: 10` or `weeks: [8, 12]`"));
            return null;
        }
        return new ScalarValue(where, new Value.Weeks(bounds.get(0), bounds.get(1)), true, where.column());
    }

    private Problem unknownKey(String key, Location at, String path, Shape.MapOf shape) {
        String where = place(path);
        String suggestion = Suggestions.closest(key, shape.names());
        String known = String.join(", ", shape.names());
        String fix;
        if (suggestion != null) {
            fix = "did you mean `" + suggestion + "`? (keys here: " + known + ")";
        } else if (KeyPlaces.of(key).isEmpty() || KeyPlaces.of(key).size() > 3) {
            fix = "the keys here are: " + known;
        } else {
            fix = "`" + key + "` belongs under " + Shape.ShapeText.backticked(KeyPlaces.of(key))
                    + "; the keys here are: " + known;
        }
        return Problem.error(at, "`" + key + "` is not a known key " + where, fix);
    }

    /** Where each key may be written, for "belongs under" hints. */
    private static final class KeyPlaces {
        private static final Map<String, List<String>> PLACES = new HashMap<>();

        static {
            index(KeyTable.ROOT, "");
        }

        static List<String> of(String key) {
            return PLACES.getOrDefault(key, List.of());
        }

        private static void index(Shape shape, String path) {
            if (shape instanceof Shape.ListOf l) index(l.item(), path + "[]");
            if (!(shape instanceof Shape.MapOf m)) return;
            for (Shape.Field f : m.fields()) {
                if (!path.isEmpty()) PLACES.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(path);
                index(f.shape(), path.isEmpty() ? f.name() : path + "." + f.name());
            }
        }
    }

    /**
     * True for an entry of a {@code {...}} mapping written without a {@code :} — what remains of a text
     * that a comma split ({@code {title: Develop purpose, aims and objectives}}). SCHEME.md's own examples
     * write titles this way, so the loader joins the pieces again instead of refusing them.
     */
    private boolean isCommaSplit(MappingNode mapping, NodeTuple tuple) {
        if (mapping.getFlowStyle() != FlowStyle.FLOW) return false;
        if (!(tuple.getKeyNode() instanceof ScalarNode key) || key.getScalarStyle() != ScalarStyle.PLAIN) return false;
        if (!isNull(tuple.getValueNode())) return false;
        int line = key.getEndMark().getLine();
        if (line >= lines.length) return false;
        int[] codePoints = lines[line].codePoints().toArray();
        for (int i = key.getEndMark().getColumn(); i < codePoints.length; i++) {
            if (codePoints[i] == ' ') continue;
            return codePoints[i] == ',' || codePoints[i] == '}';
        }
        return false;
    }

    private boolean isNull(Node node) {
        return node instanceof ScalarNode s && node.getTag().equals(Tag.NULL)
                && (s.getScalarStyle() == ScalarStyle.PLAIN);
    }

    private boolean hashOnLine(Node node) {
        int line = node.getStartMark().getLine();
        return line < lines.length && lines[line].indexOf('#') > node.getStartMark().getColumn() - 2;
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) return "a mapping of keys";
        if (node instanceof SequenceNode) return "a list";
        return "the text `" + ((ScalarNode) node).getValue() + "`";
    }

    private static String example(Shape.MapOf shape) {
        if (shape.fields().isEmpty()) return "";
        return " (such as `" + shape.fields().get(0).name() + ":`)";
    }

    /** "at the top level" or "in `purpose`". */
    private static String place(String path) {
        return path.isEmpty() ? "at the top level" : "in `" + path + "`";
    }

    static String display(String path) {
        return path.isEmpty() ? "the file" : path;
    }

    private static String lastSegment(String path) {
        String p = path.replaceAll("\\[\\d+]$", "");
        return p.substring(p.lastIndexOf('.') + 1);
    }

    private Location at(Node node) {
        return YamlReader.at(file, node.getStartMark());
    }

    /** Thrown when a file expands to far more values than any scheme has. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }
}
