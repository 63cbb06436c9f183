package org.flipside.scheme;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,9}");
    private static final Pattern COLOUR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    /** Guards against alias expansion however the aliases are arranged. */
    private static final int MAX_VISITS = 200_000;

    private final String file;
    private final String[] lines;
    private final List<Problem> problems;
    private final Set<String> reported;
    private int visits;

    private ShapeChecker(String file, String source, List<Problem> problems, Set<String> reported) {
        this.file = file;
        this.reported = reported;
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
                problems.add(Problem.error(at(keyNode), "a key in `" + display(path) + "` is not a plain word",
                        "write keys as plain words followed by `:`"));
                continue;
            }
            String key = keyScalar.getValue();
            Location keyAt = at(keyNode);
            Integer earlier = firstLine.putIfAbsent(key, keyAt.line());
            if (earlier != null) {
                problems.add(Problem.error(keyAt, "`" + key + "` is written twice in `" + display(path)
                                + "` (first on line " + earlier + ")",
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
            case INTEGER -> integer(text, shape, path, where);
            case BOOLEAN -> bool(text, path, where);
            case DATE -> date(text, path, where);
            case ENUM -> enumWord(text, shape, path, where);
            case ID -> id(text, path, where);
            case COLOUR -> colour(text, path, where);
            case WEEKS -> {
                Integer weeks = integer(text, shape, path, where);
                yield weeks == null ? null : new Value.Weeks(weeks, weeks);
            }
        };
        return value == null ? null : new ScalarValue(where, value, singleLine, where.column() + (quoted ? 1 : 0));
    }

    private Integer integer(String text, Shape.Scalar shape, String path, Location where) {
        if (!INTEGER.matcher(text.trim()).matches()) {
            problems.add(Problem.error(where, "`" + display(path) + "` must be a whole number, not `" + text + "`",
                    "write digits only, e.g. `" + (shape.min() != null && shape.min() > 0 ? shape.min() + 5 : 6) + "`"));
            return null;
        }
        int number = Integer.parseInt(text.trim().replace("+", ""));
        if ((shape.min() != null && number < shape.min()) || (shape.max() != null && number > shape.max())) {
            String range = shape.min().equals(shape.max()) ? "`" + shape.min() + "`"
                    : "between " + shape.min() + " and " + shape.max();
            problems.add(Problem.error(where, "`" + display(path) + "` must be " + range + ", not `" + text + "`",
                    shape.description()));
            return null;
        }
        return number;
    }

    private Boolean bool(String text, String path, Location where) {
        String word = text.trim().toLowerCase(Locale.ROOT);
        if (word.equals("true")) return Boolean.TRUE;
        if (word.equals("false")) return Boolean.FALSE;
        problems.add(Problem.error(where, "`" + display(path) + "` must be `true` or `false`, not `" + text + "`",
                "write `true` or `false`"));
        return null;
    }

    private LocalDate date(String text, String path, Location where) {
        Matcher m = DATE.matcher(text.trim());
        if (!m.matches()) {
            problems.add(Problem.error(where, "`" + display(path) + "` must be a date written YYYY-MM-DD, not `"
                    + text + "`", "write the date like `2026-01-12` (year, month, day)"));
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            String fix = month >= 1 && month <= 12
                    ? YearMonth.of(year, month).getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + year
                    + " has " + YearMonth.of(year, month).lengthOfMonth() + " days; write a date that exists"
                    : "the month must be 01 to 12; write a date that exists";
            problems.add(Problem.error(where, "`" + text.trim() + "` is not a real date (YYYY-MM-DD)", fix));
            return null;
        }
    }

    private String enumWord(String text, Shape.Scalar shape, String path, Location where) {
        for (String allowed : shape.values()) {
            if (allowed.equalsIgnoreCase(text.trim())) return allowed;
        }
        String suggestion = Suggestions.closest(text.trim().toLowerCase(Locale.ROOT), shape.values());
        problems.add(Problem.error(where, "`" + display(path) + "` must be " + shape.expected() + ", not `" + text + "`",
                suggestion != null ? "did you mean `" + suggestion + "`?" : "use one of the words listed"));
        return null;
    }

    private String id(String text, String path, Location where) {
        if (ID.matcher(text).matches()) return text;
        String slug = text.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "-").replaceAll("^-+|-+$", "");
        problems.add(Problem.error(where, "`" + display(path) + "` must be an id of lowercase letters, digits and `-`,"
                + " not `" + text + "`", slug.isEmpty() ? "e.g. `getting-started`" : "e.g. `" + slug + "`"));
        return null;
    }

    private String colour(String text, String path, Location where) {
        String t = text.trim();
        if (!COLOUR.matcher(t).matches()) {
            problems.add(Problem.error(where, "`" + display(path) + "` must be a colour written \"#rrggbb\" or \"#rgb\","
                    + " not `" + text + "`", "e.g. `\"#1d3557\"` (in quotes)"));
            return null;
        }
        String hex = t.substring(1).toLowerCase(Locale.ROOT);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return "#" + hex;
    }

    private ScalarValue weeksRange(SequenceNode seq, Shape.Scalar shape, String path) {
        Location where = at(seq);
        List<Integer> bounds = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode s)) break;
            Integer n = integer(s.getValue(), shape, path, at(item));
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
        String where = path.isEmpty() ? "at the top level" : "in `" + display(path) + "`";
        String suggestion = Suggestions.closest(key, shape.names());
        String known = String.join(", ", shape.names());
        String fix = suggestion != null ? "did you mean `" + suggestion + "`? (keys here: " + known + ")"
                : "the keys here are: " + known;
        return Problem.error(at, "`" + key + "` is not a known key " + where, fix);
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
