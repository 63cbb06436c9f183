package org.flipside.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Small helpers that turn the plan into the plain maps and lists the templates read. Maps keep insertion
 * order so that output never depends on hash order; null values are left out, so templates test with {@code ??}.
 */
final class View {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MEDIUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private View() {}

    /** A map of the given key/value pairs, in order, without the pairs whose value is null. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static <T> List<Object> list(Collection<T> items, Function<T, Object> view) {
        List<Object> out = new ArrayList<>();
        if (items != null) for (T item : items) out.add(view.apply(item));
        return out;
    }

    /** {@code iso} for {@code <time datetime>}, {@code text} ("12 January 2026"), {@code long} with the weekday, {@code short}. */
    static Map<String, Object> date(LocalDate d) {
        if (d == null) return null;
        return map("iso", d.toString(), "text", d.format(MEDIUM), "long", d.format(LONG), "short", d.format(SHORT),
                "year", Integer.toString(d.getYear()));
    }

    /**
     * The last day of the scheme, as readers count it: the plan's end is the day after the last phase (phases end
     * the day the next one starts), and the site shows phases up to the day before. Null when the plan has no end.
     */
    static LocalDate lastDay(org.flipside.plan.Plan plan) {
        return plan.end() == null ? null : plan.end().minusDays(1);
    }

    /** Null for null or blank text, else the text stripped. */
    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** "a", "a and b", "a, b and c". */
    static String joinWords(List<String> words) {
        if (words == null || words.isEmpty()) return null;
        if (words.size() == 1) return words.get(0);
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /** A safe fragment id from anything the user wrote: lowercase letters, digits and '-'. */
    static String anchor(String prefix, String id) {
        String cleaned = id == null ? "" : id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return prefix + "-" + (cleaned.isEmpty() ? "x" : cleaned);
    }

    /** {@code name} percent-encoded for a URL path: letters, digits and {@code -._~} stay as they are. */
    static String urlPath(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "%%%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** "60 minutes", "1 week". */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    static String sentence(String s) {
        if (s == null || s.isEmpty()) return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
