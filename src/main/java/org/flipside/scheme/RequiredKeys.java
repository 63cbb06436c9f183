package org.flipside.scheme;

import java.util.List;
import java.util.Set;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.scheme.Value.ListValue;
import org.flipside.scheme.Value.MapValue;

/**
 * Checks required keys and non-empty lists once the defaults are merged in, so that a key the defaults
 * supply is never reported missing.
 */
final class RequiredKeys {

    /** {@code reported}: paths whose value was written but already reported as wrong; not missing as well. */
    static void check(MapValue merged, String file, List<Problem> problems, Set<String> reported) {
        new RequiredKeys(problems, reported).map(merged, KeyTable.ROOT, "", Location.ofFile(file));
    }

    private final List<Problem> problems;
    private final Set<String> reported;

    private RequiredKeys(List<Problem> problems, Set<String> reported) {
        this.problems = problems;
        this.reported = reported;
    }

    private void value(Value value, Shape shape, String path) {
        if (shape instanceof Shape.MapOf m && value instanceof MapValue map) {
            map(map, m, path, map.location());
        } else if (shape instanceof Shape.ListOf l && value instanceof ListValue list) {
            if (list.items().size() < l.minItems()) {
                problems.add(Problem.error(list.location(), "`" + path + "` needs at least one item",
                        l.description()));
            }
            for (int i = 0; i < list.items().size(); i++) {
                value(list.items().get(i), l.item(), path + "[" + i + "]");
            }
        }
    }

    private void map(MapValue map, Shape.MapOf shape, String path, Location where) {
        for (Shape.Field field : shape.fields()) {
            String childPath = path.isEmpty() ? field.name() : path + "." + field.name();
            Value child = map.get(field.name());
            if (child == null) {
                if (field.required() && !reported.contains(childPath)) problems.add(missing(field, path, childPath, where));
            } else {
                value(child, field.shape(), childPath);
            }
        }
        if (shape.anyKey() != null) {
            map.entries().forEach((k, v) -> value(v, shape.anyKey(), path + "." + k));
        }
    }

    private static Problem missing(Shape.Field field, String parentPath, String path, Location where) {
        String message = "`" + path + "` is required" + (field.why() == null ? "" : ": " + field.why());
        String fix;
        if (parentPath.isEmpty() && field.shape() instanceof Shape.MapOf m) {
            List<String> needed = m.fields().stream().filter(Shape.Field::required).map(Shape.Field::name).toList();
            fix = "add a `" + field.name() + ":` block" + (needed.isEmpty() ? ""
                    : " with " + Shape.ShapeText.backticked(needed).replace(" or ", " and ")) + " (see SCHEME.md)";
        } else if (parentPath.isEmpty()) {
            fix = "add `" + field.name() + ":` at the top of the file";
        } else {
            fix = "add `" + field.name() + ":` to `" + parentPath + "` (" + lowerFirst(field.shape().description()) + ")";
        }
        return Problem.error(where, message, fix);
    }

    private static String lowerFirst(String s) {
        String t = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }
}
