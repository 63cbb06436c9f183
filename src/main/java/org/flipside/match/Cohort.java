package org.flipside.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everyone who answered, split by role and sorted by email (so that the same people always give the same
 * pairs), with every mentor–mentee pair assessed once.
 */
public final class Cohort {

    private final List<Person> mentors;
    private final List<Person> mentees;
    private final Map<String, Integer> index = new java.util.HashMap<>();
    private final Assessment[][] grid;
    private final PairAssessor assessor;

    Cohort(List<Person> people, PairAssessor assessor) {
        this.assessor = assessor;
        Comparator<Person> byEmail = Comparator.comparing(Person::email);
        this.mentors = people.stream().filter(p -> p.role() == Role.MENTOR).sorted(byEmail).toList();
        this.mentees = people.stream().filter(p -> p.role() == Role.MENTEE).sorted(byEmail).toList();
        for (int i = 0; i < mentors.size(); i++) index.put(mentors.get(i).email(), i);
        for (int j = 0; j < mentees.size(); j++) index.put(mentees.get(j).email(), j);
        grid = new Assessment[mentors.size()][mentees.size()];
        for (int i = 0; i < mentors.size(); i++) {
            for (int j = 0; j < mentees.size(); j++) grid[i][j] = assessor.assess(mentors.get(i), mentees.get(j));
        }
    }

    public List<Person> mentors() {
        return mentors;
    }

    public List<Person> mentees() {
        return mentees;
    }

    public double maximumScore() {
        return assessor.maximumScore();
    }

    /** The person with {@code email} (any case), or null. */
    public Person find(String email) {
        String key = email.strip().toLowerCase(java.util.Locale.ROOT);
        Integer i = index.get(key);
        if (i == null) return null;
        if (i < mentors.size() && mentors.get(i).email().equals(key)) return mentors.get(i);
        return mentees.get(i);
    }

    int indexOf(Person person) {
        return index.get(person.email());
    }

    public Assessment assessment(Person mentor, Person mentee) {
        return grid[indexOf(mentor)][indexOf(mentee)];
    }

    /** Every pair {@code person} is part of, from their side: mentees for a mentor, mentors for a mentee. */
    public List<Assessment> candidates(Person person) {
        List<Assessment> found = new ArrayList<>();
        if (person.role() == Role.MENTOR) {
            Assessment[] row = grid[indexOf(person)];
            for (Assessment a : row) found.add(a);
        } else {
            int j = indexOf(person);
            for (Assessment[] row : grid) found.add(row[j]);
        }
        return found;
    }

    /** The other side's people that {@code person} may not be paired with, grouped by the first constraint broken. */
    public Map<Constraint, List<Person>> exclusions(Person person) {
        Map<Constraint, List<Person>> found = new EnumMap<>(Constraint.class);
        for (Assessment a : candidates(person)) {
            if (a.allowed()) continue;
            Person other = person.role() == Role.MENTOR ? a.mentee() : a.mentor();
            for (Assessment.Broken broken : a.broken()) {
                List<Person> list = found.computeIfAbsent(broken.constraint(), k -> new ArrayList<>());
                if (!list.contains(other)) list.add(other);
            }
        }
        return found;
    }

    /** True when at least one person on the other side may be paired with {@code person}. */
    public boolean hasCompatiblePartner(Person person) {
        return candidates(person).stream().anyMatch(Assessment::allowed);
    }
}
