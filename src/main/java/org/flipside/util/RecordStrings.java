package org.flipside.util;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Copies a tree of records, passing every {@code String} in it through a function: record components,
 * list elements and map values, at any depth. Records are rebuilt through their canonical constructors, so
 * their validation runs again; lists and maps come back unmodifiable, in the same order.
 *
 * <p>Everything else (numbers, dates, enums, booleans, {@code null}) is kept as it is, and so is any value
 * whose class is in {@code keep} (for example a source map, whose strings are file names, not text).
 */
public final class RecordStrings {

    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private RecordStrings() {}

    /**
     * @param value a record (or list, map, string) to copy; may be null
     * @param text  applied to every string found; must not return null for a non-null string
     * @param keep  classes copied by reference, not entered
     * @return a copy of {@code value} with every string replaced, of the same type
     * @throws IllegalStateException when a record cannot be rebuilt (a bug in the record, not in the input)
     */
    public static <T> T map(T value, UnaryOperator<String> text, Set<Class<?>> keep) {
        return mapWithPaths(value, (path, s) -> text.apply(s), keep);
    }

    /**
     * As {@link #map(Object, UnaryOperator, Set)}, telling {@code text} where each string is, in YAML terms:
     * record components by their snake_case names, list elements by index ({@code agreement.clauses[3].text}),
     * map values by key. The path of {@code value} itself is the empty string.
     */
    public static <T> T mapWithPaths(T value, BiFunction<String, String, String> text, Set<Class<?>> keep) {
        @SuppressWarnings("unchecked")
        T copy = (T) copy(value, "", text, keep);
        return copy;
    }

    private static Object copy(Object value, String path, BiFunction<String, String, String> text, Set<Class<?>> keep) {
        if (value == null) return null;
        if (keep.contains(value.getClass())) return value;
        if (value instanceof String s) return text.apply(path, s);
        if (value instanceof Record record) return copyRecord(record, path, text, keep);
        if (value instanceof List<?> list) {
            List<Object> copied = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) copied.add(copy(list.get(i), path + "[" + i + "]", text, keep));
            return Collections.unmodifiableList(copied);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copied = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                copied.put(e.getKey(), copy(e.getValue(), child(path, String.valueOf(e.getKey())), text, keep));
            }
            return Collections.unmodifiableMap(copied);
        }
        return value;
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** {@code nextSteps} → {@code next_steps}, as scheme.yml spells it. */
    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Object copyRecord(Record record, String path, BiFunction<String, String, String> text, Set<Class<?>> keep) {
        Class<?> type = record.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                java.lang.reflect.Method accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                values[i] = copy(accessor.invoke(record), child(path, snake(components[i].getName())), text, keep);
            }
            return constructor(type, components).newInstance(values);
        } catch (IllegalAccessException | InstantiationException e) {
            throw new IllegalStateException("cannot copy record " + type.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot copy record " + type.getName() + ": " + e.getCause(), e.getCause());
        }
    }

    private static Constructor<?> constructor(Class<?> type, RecordComponent[] components) {
        return CONSTRUCTORS.computeIfAbsent(type, t -> {
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) types[i] = components[i].getType();
            try {
                Constructor<?> c = t.getDeclaredConstructor(types);
                c.setAccessible(true);
                return c;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record " + t.getName() + " has no canonical constructor", e);
            }
        });
    }
}
