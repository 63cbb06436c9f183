package org.flipside.scheme;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flipside.diagnostic.Location;

/**
 * A value of scheme.yml (or of the built-in defaults) after its type was checked, with where it was
 * written. Values that failed their check are left out, so later steps only meet well-typed values.
 */
sealed interface Value {

    /** Where the value was written: for a mapping or list, where its key was written. */
    Location location();

    /** A mapping; entries in written order. */
    record MapValue(Location location, Map<String, Value> entries) implements Value {
        public MapValue {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        Value get(String key) {
            return entries.get(key);
        }

        MapValue map(String key) {
            return entries.get(key) instanceof MapValue m ? m : null;
        }

        List<Value> list(String key) {
            return entries.get(key) instanceof ListValue l ? l.items() : List.of();
        }

        Object scalar(String key) {
            return entries.get(key) instanceof ScalarValue s ? s.value() : null;
        }

        String string(String key) {
            return scalar(key) instanceof String s ? s : null;
        }
    }

    record ListValue(Location location, List<Value> items) implements Value {
        public ListValue {
            items = List.copyOf(items);
        }
    }

    /**
     * A checked scalar. {@code value} is a String (text, id, enum word, colour as {@code #rrggbb}),
     * Integer, Boolean, LocalDate or {@link Weeks}. {@code singleLine} with {@code textColumn} tells where
     * the text itself starts, so that a placeholder inside it can be pointed at to the column.
     */
    record ScalarValue(Location location, Object value, boolean singleLine, int textColumn) implements Value {}

    /** {@code weeks: 10} is {@code Weeks(10, 10)}; {@code weeks: [8, 12]} is {@code Weeks(8, 12)}. */
    record Weeks(int min, int max) {}
}
