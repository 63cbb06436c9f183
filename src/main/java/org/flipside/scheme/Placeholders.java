package org.flipside.scheme;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Scheme;
import org.flipside.model.SourceMap;
import org.flipside.model.YamlEnum;

/**
 * Placeholders in free text: {@code ${path.to.value}} stands for a value of the scheme, after the defaults
 * are filled in. A path uses the YAML key names ({@code ${meetings.count}}, {@code ${scheme.name}},
 * {@code ${people.scheme_lead.name}}) and list positions counted from 0 ({@code ${purpose.aims.0}}).
 *
 * <p>Values are shown as people read them: dates as {@code 12 January 2026}, numbers plainly, choices as
 * written in scheme.yml ({@code in_person}). {@code $${} writes a literal {@code ${}. Placeholders only
 * read values of the scheme: nothing is evaluated, no method is called, and a value that itself holds
 * {@code ${...}} is inserted as it is, not expanded again.
 */
public final class Placeholders {

    /** A placeholder: {@code ${} then anything up to the next {@code }}. Preceded by {@code $} it is literal. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$?\\$\\{([^}\\n]*)}");
    private static final Pattern PATH = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Placeholders() {}

    /**
     * {@code text} with every placeholder replaced by its value.
     *
     * @throws IllegalArgumentException naming the first placeholder that is not a known value (the loader has
     *                                  reported these for scheme.yml already; content files are checked by
     *                                  {@link #problems})
     */
    public static String resolve(Scheme scheme, String text) {
        if (text == null || !text.contains("${")) return text;
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group().startsWith("$$")) {
                replacement = m.group().substring(1);
            } else {
                String path = m.group(1).trim();
                replacement = lookup(scheme, path).orElseThrow(() -> new IllegalArgumentException(
                        "`${" + path + "}` is not a known value"));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The value at {@code path} as text, or empty when the path names nothing, names a list or a group of
     * values rather than one value, or names a value the scheme leaves out.
     */
    public static Optional<String> lookup(Scheme scheme, String path) {
        if (scheme == null || path == null || !PATH.matcher(path).matches()) return Optional.empty();
        Object current = scheme;
        for (String segment : path.split("\\.")) {
            current = step(current, segment);
            if (current == null) return Optional.empty();
        }
        return Optional.ofNullable(format(current));
    }

    /** Every path that {@link #lookup} answers for this scheme, in the order the model lists them. */
    public static List<String> knownPaths(Scheme scheme) {
        List<String> paths = new ArrayList<>();
        collect(scheme, "", paths);
        return paths;
    }

    /**
     * The problems with the placeholders in one text: each unknown placeholder, with a "did you mean".
     * {@code where} is where the text starts; problems point at it (same line and column).
     */
    public static List<Problem> problems(Scheme scheme, String text, Location where) {
        return problems(scheme, text, where, index -> where);
    }

    /**
     * As {@link #problems(Scheme, String, Location)}; {@code locate} gives the location of the character at an
     * index of {@code text}, so that each problem points at its own placeholder.
     */
    static List<Problem> problems(Scheme scheme, String text, Location where, IntFunction<Location> locate) {
        List<Problem> problems = new ArrayList<>();
        if (text == null || !text.contains("${")) return problems;
        List<String> known = null;
        Matcher m = PLACEHOLDER.matcher(text);
        int lastEnd = 0;
        while (m.find()) {
            lastEnd = m.end();
            if (m.group().startsWith("$$")) continue;
            String path = m.group(1).trim();
            Location at = locate.apply(m.start());
            if (lookup(scheme, path).isPresent()) continue;
            if (known == null) known = knownPaths(scheme);
            problems.add(unknown(scheme, path, at, known));
        }
        int open = text.indexOf("${", lastEnd);
        if (open >= 0 && (open == 0 || text.charAt(open - 1) != '$')) {
            problems.add(Problem.error(locate.apply(open), "`${` starts a placeholder that is never closed with `}`",
                    "close it, e.g. `${meetings.count}`, or write `$${` for a literal `${`"));
        }
        return problems;
    }

    private static Problem unknown(Scheme scheme, String path, Location at, List<String> known) {
        String message = "`${" + path + "}` is not a known value";
        if (PATH.matcher(path).matches()) {
            Object target = scheme;
            for (String segment : path.split("\\.")) {
                target = target == null ? null : step(target, segment);
            }
            if (target instanceof List<?> || (target != null && target.getClass().isRecord())) {
                return Problem.error(at, "`${" + path + "}` names a group of values, not one value",
                        "name one value inside it, e.g. `${" + firstUnder(known, path) + "}`");
            }
            if (existsInModel(path)) {
                return Problem.error(at, "`${" + path + "}` has no value in this scheme",
                        "write `" + path.replaceAll("\\.(\\d+)", "[$1]") + "` in scheme.yml, or remove the placeholder");
            }
        }
        String near = Suggestions.closest(path, known);
        return Problem.error(at, message, near != null ? "did you mean `${" + near + "}`?"
                : "placeholders name scheme values by their keys, e.g. `${scheme.name}` or `${meetings.count}`");
    }

    private static String firstUnder(List<String> known, String path) {
        return known.stream().filter(p -> p.startsWith(path + ".")).findFirst().orElse("scheme.name");
    }

    /** True when the path follows the model's keys, whatever this scheme holds (a null value on the way). */
    private static boolean existsInModel(String path) {
        Class<?> type = Scheme.class;
        for (String segment : path.split("\\.")) {
            if (type == null) return false;
            if (segment.chars().allMatch(Character::isDigit)) return false;
            RecordComponent c = component(type, segment);
            if (c == null) return false;
            type = c.getType().isRecord() ? c.getType() : null;
        }
        return true;
    }

    private static Object step(Object current, String segment) {
        if (current instanceof List<?> list) {
            if (!segment.chars().allMatch(Character::isDigit) || segment.length() > 6) return null;
            int index = Integer.parseInt(segment);
            return index < list.size() ? list.get(index) : null;
        }
        if (current == null || !current.getClass().isRecord()) return null;
        RecordComponent c = component(current.getClass(), segment);
        if (c == null) return null;
        try {
            return c.getAccessor().invoke(current);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static RecordComponent component(Class<?> type, String segment) {
        if (!type.isRecord()) return null;
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType() == SourceMap.class) continue;
            if (snake(c.getName()).equals(segment)) return c;
        }
        return null;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String format(Object value) {
        if (value instanceof String s) return s;
        if (value instanceof Integer || value instanceof Long) return value.toString();
        if (value instanceof Boolean b) return b ? "yes" : "no";
        if (value instanceof LocalDate d) return DATE.format(d);
        if (value instanceof YamlEnum e) return e.key();
        return null;
    }

    private static void collect(Object value, String path, List<String> out) {
        if (value == null) return;
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) collect(list.get(i), path + "." + i, out);
        } else if (value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                if (c.getType() == SourceMap.class) continue;
                try {
                    String name = snake(c.getName());
                    collect(c.getAccessor().invoke(value), path.isEmpty() ? name : path + "." + name, out);
                } catch (ReflectiveOperationException e) {
                    // Records' accessors are public; nothing to skip in practice.
                }
            }
        } else if (format(value) != null) {
            out.add(path);
        }
    }
}
