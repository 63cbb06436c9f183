package org.flipside.scheme;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.scheme.Value.ListValue;
import org.flipside.scheme.Value.MapValue;

/**
 * The built-in defaults ({@code defaults.yml} beside this class, written in the same format as scheme.yml)
 * and how a scheme is merged over them.
 *
 * <p>The merge rule, for every block the defaults supply:
 * <ul>
 *   <li>a mapping written by the user is merged key by key over the default mapping, recursively;</li>
 *   <li>a list written by the user replaces the default list,</li>
 *   <li>except {@code agreement.clauses}, merged by {@code id}: a clause with a default's id is merged key by
 *       key over that default (so rewording only its {@code text} is enough), {@code remove: true} drops a
 *       default that is not a safeguarding clause, and clauses with new ids are appended in written order.</li>
 * </ul>
 */
final class Defaults {

    static final String RESOURCE = "defaults.yml";
    /** How messages name the built-in file, so that a broken default reads as Flipside's bug, not the user's. */
    static final String NAME = "built-in defaults.yml";

    /** Clauses that may be reworded but never removed. */
    static final Set<String> SAFEGUARDING = Set.of("confidentiality", "confidentiality_limits", "no_assessment",
            "wellbeing_signposting", "escalation", "no_fault_exit");

    private static MapValue cached;

    private Defaults() {}

    /**
     * Starts parsing the defaults on another thread, so that they are ready when the scheme file, read
     * meanwhile, needs them. {@link #load} waits for it; a failure there is reported by load itself.
     */
    static void loadAhead() {
        synchronized (Defaults.class) {
            if (cached != null) return;
        }
        Thread thread = new Thread(() -> {
            try {
                load();
            } catch (RuntimeException e) {
                // load() on the build's own thread fails the same way and reports it.
            }
        }, "flipside-defaults");
        thread.setDaemon(true);
        thread.start();
    }

    /** The parsed, type-checked defaults. A broken default is a bug in Flipside: the message says so. */
    static synchronized MapValue load() {
        if (cached != null) return cached;
        try (InputStream in = Defaults.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the resource org/flipside/scheme/" + RESOURCE + " is missing");
            cached = parse(in.readAllBytes());
            return cached;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in org/flipside/scheme/" + RESOURCE, e);
        }
    }

    /**
     * Parses and checks defaults with the same code as a scheme file.
     *
     * @throws IllegalStateException naming the resource and every problem, when the defaults are broken
     */
    static MapValue parse(byte[] bytes) {
        try {
            YamlReader.Source source = YamlReader.read(new ByteArrayInputStream(bytes), NAME);
            List<Problem> problems = new ArrayList<>();
            MapValue value = ShapeChecker.check(source.root(), NAME, source.text(), problems, new HashSet<>());
            for (String key : value.entries().keySet()) {
                if (!KeyTable.DEFAULTABLE.contains(key)) {
                    problems.add(Problem.error(value.get(key).location(), "`" + key + "` may not have a default",
                            "only " + String.join(", ", KeyTable.DEFAULTABLE) + " have defaults"));
                }
            }
            if (!problems.isEmpty()) throw new ProblemException(problems);
            return value;
        } catch (ProblemException e) {
            throw new IllegalStateException("Flipside's built-in org/flipside/scheme/" + RESOURCE
                    + " is broken (a bug in Flipside, not in your scheme):\n" + e.getMessage(), e);
        }
    }

    /** The user's file merged over the defaults; problems with {@code remove} are added to {@code problems}. */
    static MapValue merge(MapValue user, MapValue defaults, List<Problem> problems) {
        Map<String, Value> entries = new LinkedHashMap<>(user.entries());
        for (Map.Entry<String, Value> block : defaults.entries().entrySet()) {
            Value written = user.get(block.getKey());
            entries.put(block.getKey(), merge(written, block.getValue(), block.getKey(), problems));
        }
        // Keep the user's key order first, defaults-only blocks after; order of blocks carries no meaning.
        return new MapValue(user.location(), entries);
    }

    private static Value merge(Value user, Value fallback, String path, List<Problem> problems) {
        if (user == null) return fallback;
        if (fallback == null) return user;
        if (path.equals("agreement.clauses") && user instanceof ListValue u && fallback instanceof ListValue d) {
            return mergeClauses(u, d, problems);
        }
        if (user instanceof MapValue u && fallback instanceof MapValue d) {
            Map<String, Value> entries = new LinkedHashMap<>();
            for (Map.Entry<String, Value> e : d.entries().entrySet()) {
                entries.put(e.getKey(), merge(u.get(e.getKey()), e.getValue(), path + "." + e.getKey(), problems));
            }
            for (Map.Entry<String, Value> e : u.entries().entrySet()) entries.putIfAbsent(e.getKey(), e.getValue());
            return new MapValue(u.location(), entries);
        }
        return user;
    }

    private static ListValue mergeClauses(ListValue user, ListValue defaults, List<Problem> problems) {
        Map<String, MapValue> written = new LinkedHashMap<>();
        for (Value v : user.items()) {
            if (v instanceof MapValue m && m.string("id") != null) {
                if (written.putIfAbsent(m.string("id"), m) != null) {
                    problems.add(Problem.error(m.location(), "clause `" + m.string("id") + "` is written twice",
                            "keep one clause with this id"));
                }
            }
        }
        List<Value> merged = new ArrayList<>();
        List<String> defaultIds = new ArrayList<>();
        for (Value v : defaults.items()) {
            MapValue d = (MapValue) v;
            String id = d.string("id");
            defaultIds.add(id);
            MapValue u = written.get(id);
            if (u == null) {
                merged.add(d);
            } else if (Boolean.TRUE.equals(u.scalar("remove"))) {
                if (SAFEGUARDING.contains(id)) {
                    Location at = u.get("remove").location();
                    problems.add(Problem.error(at, "the `" + id + "` clause can be reworded but not removed: it"
                                    + " protects the people who take part",
                            "delete `remove: true`; to change the wording, give the clause a new `text`"));
                    merged.add(d);
                }
            } else {
                merged.add(merge(u, d, "agreement.clauses[]", problems));
            }
        }
        for (MapValue u : written.values()) {
            String id = u.string("id");
            if (defaultIds.contains(id)) continue;
            if (Boolean.TRUE.equals(u.scalar("remove"))) {
                String near = Suggestions.closest(id, defaultIds);
                problems.add(Problem.error(u.location(), "there is no default clause `" + id + "` to remove",
                        near != null ? "did you mean `" + near + "`?" : "the default clauses are: " + String.join(", ", defaultIds)));
                continue;
            }
            merged.add(u);
        }
        return new ListValue(user.location(), merged);
    }
}
