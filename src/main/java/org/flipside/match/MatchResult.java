package org.flipside.match;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pairs made, who was left unpaired and why, and the cohort they came from (for alternatives and exclusions).
 *
 * @param pairs     pinned pairs first, then the optimised ones, each group by mentor email then mentee email
 * @param unmatched mentors with no mentee and mentees with no mentor, mentors first, by email
 */
public record MatchResult(Cohort cohort, int capacity, List<Pair> pairs, List<Unmatched> unmatched) {

    /** One pair; {@code pinned} when the matcher fixed it with {@code --fix}. */
    public record Pair(Assessment assessment, boolean pinned) {

        public Person mentor() {
            return assessment.mentor();
        }

        public Person mentee() {
            return assessment.mentee();
        }

        public double score() {
            return assessment.score();
        }
    }

    public enum Reason {
        /** Every candidate on the other side breaks a constraint. */
        NO_COMPATIBLE_PARTNER,
        /** Compatible partners exist, but the places were better used by other pairs (or numbers were unequal). */
        NO_PLACE
    }

    public record Unmatched(Person person, Reason reason, String explanation) {}

    public double totalScore() {
        return pairs.stream().mapToDouble(Pair::score).sum();
    }

    public List<Pair> pinned() {
        return pairs.stream().filter(Pair::pinned).toList();
    }

    /** The people {@code person} is paired with (several for a mentor with capacity above 1). */
    public List<Person> partners(Person person) {
        return pairs.stream()
                .filter(p -> p.mentor().equals(person) || p.mentee().equals(person))
                .map(p -> p.mentor().equals(person) ? p.mentee() : p.mentor())
                .toList();
    }

    /**
     * The best allowed pairs for {@code person} other than the ones made, highest score first (ties by email);
     * at most {@code limit}.
     */
    public List<Assessment> alternatives(Person person, int limit) {
        Set<Person> partners = Set.copyOf(partners(person));
        boolean mentor = person.role() == Role.MENTOR;
        return cohort.candidates(person).stream()
                .filter(Assessment::allowed)
                .filter(a -> !partners.contains(mentor ? a.mentee() : a.mentor()))
                .sorted(Comparator.comparingDouble(Assessment::score).reversed()
                        .thenComparing(a -> (mentor ? a.mentee() : a.mentor()).email()))
                .limit(limit)
                .collect(Collectors.toList());
    }
}
