package org.flipside.scheme;

import java.util.List;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Scheme;
import org.flipside.scheme.Value.ListValue;
import org.flipside.scheme.Value.MapValue;
import org.flipside.scheme.Value.ScalarValue;

/**
 * Checks the placeholders in every text value, the user's and the defaults', pointing each problem at its
 * own placeholder: by column in a one-line text, by finding it in the source lines of a block of text.
 */
final class PlaceholderCheck {

    private final Scheme scheme;
    private final String file;
    private final String[] lines;
    private final List<Problem> problems;

    PlaceholderCheck(Scheme scheme, String file, String source, List<Problem> problems) {
        this.scheme = scheme;
        this.file = file;
        this.lines = source.split("\n", -1);
        this.problems = problems;
    }

    void check(Value value, Shape shape) {
        if (value instanceof MapValue map && shape instanceof Shape.MapOf m) {
            map.entries().forEach((key, child) -> {
                Shape.Field field = m.field(key);
                Shape childShape = field != null ? field.shape() : m.anyKey();
                if (childShape != null) check(child, childShape);
            });
        } else if (value instanceof ListValue list && shape instanceof Shape.ListOf l) {
            for (Value item : list.items()) check(item, l.item());
        } else if (value instanceof ScalarValue scalar && scalar.value() instanceof String text
                && shape instanceof Shape.Scalar s && s.kind() == Shape.Kind.TEXT && text.contains("${")) {
            Location start = scalar.location();
            if (scalar.singleLine()) {
                problems.addAll(Placeholders.problems(scheme, text, start,
                        index -> new Location(start.file(), start.line(), scalar.textColumn() + index)));
            } else {
                problems.addAll(Placeholders.problems(scheme, text, start, index -> inBlock(text, index, start)));
            }
        }
    }

    /** Finds the placeholder at {@code index} of a block text in the source lines below where it starts. */
    private Location inBlock(String text, int index, Location start) {
        if (!start.file().equals(file) || start.line() <= 0) return start;
        int close = text.indexOf('}', index);
        int lineEnd = text.indexOf('\n', index);
        int lineStop = lineEnd < 0 ? text.length() : lineEnd;
        String wanted = text.substring(index, close >= 0 && close < lineStop ? close + 1 : lineStop);
        int occurrence = 0;
        for (int from = text.indexOf(wanted); from >= 0 && from < index; from = text.indexOf(wanted, from + 1)) {
            occurrence++;
        }
        for (int line = start.line() - 1; line < lines.length; line++) {
            for (int col = lines[line].indexOf(wanted); col >= 0; col = lines[line].indexOf(wanted, col + 1)) {
                if (occurrence-- == 0) return new Location(file, line + 1, col + 1);
            }
        }
        return start;
    }
}
