package org.flipside.match;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who manages whom, from the responses' {@code line_manager} column and the staff file. A person may have more
 * than one manager on record (the two sources disagree): every recorded link counts, which keeps more pairs apart
 * rather than fewer. Loops in the data (A manages B manages A) are tolerated: each chain is walked once.
 */
public final class ReportingLines {

    private final Map<String, Set<String>> managers = new HashMap<>();
    private final Map<String, Set<String>> chains = new HashMap<>();

    private ReportingLines() {}

    public static ReportingLines none() {
        return new ReportingLines();
    }

    /** @param staff line manager by email (lower case), from {@code --org}; may be empty */
    public static ReportingLines of(Collection<Person> people, Map<String, String> staff) {
        ReportingLines lines = new ReportingLines();
        staff.forEach(lines::link);
        for (Person p : people) if (!p.lineManager().isEmpty()) lines.link(p.email(), p.lineManager());
        return lines;
    }

    private void link(String person, String manager) {
        if (!person.equals(manager)) managers.computeIfAbsent(person, k -> new TreeSet<>()).add(manager);
    }

    /** Everyone above {@code email}: managers, their managers, and so on. Empty when none is known. */
    public Set<String> chainAbove(String email) {
        return chains.computeIfAbsent(email, this::walk);
    }

    private Set<String> walk(String email) {
        Set<String> above = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(managers.getOrDefault(email, Set.of()));
        while (!next.isEmpty()) {
            String manager = next.poll();
            if (manager.equals(email) || !above.add(manager)) continue;
            next.addAll(managers.getOrDefault(manager, Set.of()));
        }
        return above;
    }

    /** True when either person is anywhere in the other's management chain. */
    public boolean share(String a, String b) {
        return chainAbove(a).contains(b) || chainAbove(b).contains(a);
    }
}
