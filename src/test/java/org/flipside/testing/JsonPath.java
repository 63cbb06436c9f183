package org.flipside.testing;

import java.util.List;
import java.util.Map;

/** Reads into parsed JSON (maps and lists) along a path of keys and list positions. */
public final class JsonPath {

    private JsonPath() {}

    /** The value at {@code path}: a String step is a key, an Integer step a position in a list. */
    @SuppressWarnings("unchecked")
    public static <T> T at(Object json, Object... path) {
        Object current = json;
        for (Object step : path) {
            current = step instanceof Integer i ? ((List<Object>) current).get(i) : ((Map<String, Object>) current).get(step);
        }
        return (T) current;
    }
}
