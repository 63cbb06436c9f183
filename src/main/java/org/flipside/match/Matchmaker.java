package org.flipside.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.model.Matching;

/**
 * Pairs the whole cohort at once: the pinned pairs first, then the pairing of everyone else that makes as many
 * allowed pairs as possible and, among those, has the highest total score. The same people, rules and overrides
 * always give the same pairs.
 */
public final class Matchmaker {

    private Matchmaker() {}

    /**
     * @throws ProblemException when an override names someone not in the responses, two people on the same side,
     *                          a pair that breaks a rule, or more pins than a mentor has places
     */
    public static MatchResult match(Matching matching, List<Person> people, ReportingLines lines, Overrides overrides)
            throws ProblemException {
        Set<String> emails = new HashSet<>();
        for (Person p : people) {
            if (!emails.add(p.email())) throw new IllegalArgumentException("duplicate email " + p.email());
        }
        int capacity = Math.max(1, matching.capacity());
        List<Problem> problems = new ArrayList<>();
        Cohort lookup = new Cohort(people, new PairAssessor(matching, lines, Set.of()));
        Set<PairKey> excluded = new LinkedHashSet<>();
        for (String written : overrides.excludes()) {
            PairKey key = resolve(lookup, "--exclude", written, problems);
            if (key != null) excluded.add(key);
        }
        Map<PairKey, String> fixed = new java.util.LinkedHashMap<>();
        for (String written : overrides.fixes()) {
            PairKey key = resolve(lookup, "--fix", written, problems);
            if (key == null) continue;
            if (excluded.contains(key)) {
                problems.add(commandLineProblem("--fix", written, "this pair is also excluded with `--exclude`",
                        "Keep either the `--fix` or the `--exclude`."));
            } else {
                fixed.putIfAbsent(key, written);
            }
        }
        if (!problems.isEmpty()) throw new ProblemException(problems);

        Cohort cohort = excluded.isEmpty() ? lookup : new Cohort(people, new PairAssessor(matching, lines, excluded));
        List<MatchResult.Pair> pairs = new ArrayList<>();
        Map<Person, Integer> placesLeft = new HashMap<>();
        Set<Person> pinnedMentees = new HashSet<>();
        for (Person mentor : cohort.mentors()) placesLeft.put(mentor, capacity);
        for (Map.Entry<PairKey, String> pin : fixed.entrySet()) {
            PairKey key = pin.getKey();
            String written = pin.getValue();
            Person mentor = cohort.find(key.mentor());
            Person mentee = cohort.find(key.mentee());
            Assessment assessment = cohort.assessment(mentor, mentee);
            if (!assessment.allowed()) {
                problems.add(commandLineProblem("--fix", written, "this pair breaks a rule: "
                        + assessment.broken().get(0).constraint().explanation(),
                        "Choose another pair, or change the rule in scheme.yml if it is wrong."));
            } else if (!pinnedMentees.add(mentee)) {
                problems.add(commandLineProblem("--fix", written, "`" + mentee.email() + "` is pinned to more than one mentor",
                        "Pin each mentee once."));
            } else if (placesLeft.get(mentor) == 0) {
                problems.add(commandLineProblem("--fix", written, "`" + mentor.email() + "` is pinned to more mentees than"
                        + " `matching.capacity` (" + capacity + ") allows", "Pin fewer mentees to this mentor, or raise `matching.capacity`."));
            } else {
                placesLeft.merge(mentor, -1, Integer::sum);
                pairs.add(new MatchResult.Pair(assessment, true));
            }
        }
        if (!problems.isEmpty()) throw new ProblemException(problems);

        List<MatchResult.Pair> optimised = optimise(cohort, placesLeft, pinnedMentees);
        Comparator<MatchResult.Pair> order = Comparator.comparing((MatchResult.Pair p) -> p.mentor().email())
                .thenComparing(p -> p.mentee().email());
        pairs.sort(order);
        optimised.sort(order);
        pairs.addAll(optimised);
        return new MatchResult(cohort, capacity, List.copyOf(pairs), unmatched(cohort, pairs, capacity));
    }

    private static List<MatchResult.Pair> optimise(Cohort cohort, Map<Person, Integer> placesLeft, Set<Person> pinnedMentees) {
        List<Person> mentees = cohort.mentees().stream().filter(m -> !pinnedMentees.contains(m)).toList();
        // A mentor gets one place per mentee they could take, up to their capacity: places nobody could fill would
        // only make the matrix bigger (and the solver slower, as the cube of its size).
        List<Person> slots = new ArrayList<>();
        for (Person mentor : cohort.mentors()) {
            long compatible = mentees.stream().filter(m -> cohort.assessment(mentor, m).allowed()).count();
            for (int k = 0; k < Math.min(placesLeft.get(mentor), compatible); k++) slots.add(mentor);
        }
        double[][] scores = new double[slots.size()][mentees.size()];
        boolean[][] allowed = new boolean[slots.size()][mentees.size()];
        for (int i = 0; i < slots.size(); i++) {
            for (int j = 0; j < mentees.size(); j++) {
                Assessment a = cohort.assessment(slots.get(i), mentees.get(j));
                scores[i][j] = a.score();
                allowed[i][j] = a.allowed();
            }
        }
        int[] assigned = OptimalAssignment.solve(scores, allowed, mentees.size(), cohort.maximumScore());
        List<MatchResult.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < assigned.length; i++) {
            if (assigned[i] >= 0) pairs.add(new MatchResult.Pair(cohort.assessment(slots.get(i), mentees.get(assigned[i])), false));
        }
        return pairs;
    }

    private static List<MatchResult.Unmatched> unmatched(Cohort cohort, List<MatchResult.Pair> pairs, int capacity) {
        Set<Person> paired = new HashSet<>();
        for (MatchResult.Pair p : pairs) {
            paired.add(p.mentor());
            paired.add(p.mentee());
        }
        int mentorPlaces = cohort.mentors().size() * capacity;
        List<MatchResult.Unmatched> found = new ArrayList<>();
        for (List<Person> side : List.of(cohort.mentors(), cohort.mentees())) {
            for (Person person : side) {
                if (paired.contains(person)) continue;
                if (!cohort.hasCompatiblePartner(person)) {
                    found.add(new MatchResult.Unmatched(person, MatchResult.Reason.NO_COMPATIBLE_PARTNER,
                            noPartnerExplanation(cohort, person)));
                } else {
                    String numbers = cohort.mentees().size() + " mentees for " + mentorPlaces + " mentor place"
                            + (mentorPlaces == 1 ? "" : "s");
                    found.add(new MatchResult.Unmatched(person, MatchResult.Reason.NO_PLACE,
                            "every compatible " + other(person) + " was needed for another pair (" + numbers
                                    + "); pairing this person would have left someone else unpaired or lowered the total"));
                }
            }
        }
        return List.copyOf(found);
    }

    private static String noPartnerExplanation(Cohort cohort, Person person) {
        int others = person.role() == Role.MENTOR ? cohort.mentees().size() : cohort.mentors().size();
        if (others == 0) return "no " + other(person) + " answered the questionnaire";
        List<String> counts = new ArrayList<>();
        cohort.exclusions(person).forEach((constraint, people) -> counts.add(people.size() + " by " + constraint.label()));
        return "no compatible " + other(person) + ": every one breaks a rule (" + String.join(", ", counts) + ")";
    }

    private static String other(Person person) {
        return person.role() == Role.MENTOR ? "mentee" : "mentor";
    }

    private static PairKey resolve(Cohort cohort, String option, String written, List<Problem> problems) {
        String[] parts = written.split("=", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            problems.add(commandLineProblem(option, written, "expected two emails joined by `=`",
                    "Write it as `" + option + " mentor@example.org=mentee@example.org`."));
            return null;
        }
        Person a = cohort.find(parts[0]);
        Person b = cohort.find(parts[1]);
        boolean missing = false;
        for (int k = 0; k < 2; k++) {
            if ((k == 0 ? a : b) == null) {
                problems.add(commandLineProblem(option, written, "`" + parts[k].strip() + "` is not in the responses",
                        "Check the spelling against the `email` column."));
                missing = true;
            }
        }
        if (missing) return null;
        if (a.role() == b.role()) {
            problems.add(commandLineProblem(option, written, "both people are " + a.role().key() + "s",
                    "Name one mentor and one mentee."));
            return null;
        }
        return a.role() == Role.MENTOR ? new PairKey(a.email(), b.email()) : new PairKey(b.email(), a.email());
    }

    private static Problem commandLineProblem(String option, String written, String message, String fix) {
        return Problem.error(Location.ofFile("command line"), "`" + option + " " + written + "`: " + message, fix);
    }
}
