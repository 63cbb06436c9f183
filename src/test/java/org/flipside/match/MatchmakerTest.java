package org.flipside.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.flipside.diagnostic.ProblemException;
import org.flipside.model.Matching;
import org.flipside.model.MatchingApproach;
import org.flipside.model.RuleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MatchmakerTest {

    static Stream<Arguments> seeds() {
        return IntStream.range(0, 300).mapToObj(seed -> {
            Random random = new Random(seed);
            return Arguments.of(seed, random.nextInt(9), random.nextInt(9), seed % 5 == 0 ? 2 : 1);
        });
    }

    private static MatchResult match(long seed, int mentors, int mentees, int capacity, Overrides overrides)
            throws ProblemException {
        List<Person> people = Cohorts.random(new Random(seed), mentors, mentees);
        return Matchmaker.match(Cohorts.full(capacity), people, ReportingLines.of(people, Map.of()), overrides);
    }

    @ParameterizedTest(name = "seed {0}: {1} mentors × {2} mentees, capacity {3}")
    @MethodSource("seeds")
    void makesAsManyPairsAsPossibleWithTheBestTotal(long seed, int mentors, int mentees, int capacity) throws Exception {
        MatchResult result = match(seed, mentors, mentees, capacity, Overrides.NONE);
        BruteForce.Best best = BruteForce.optimum(result.cohort(), capacity);
        for (MatchResult.Unmatched u : result.unmatched()) {
            assertEquals(result.cohort().hasCompatiblePartner(u.person()) ? MatchResult.Reason.NO_PLACE
                    : MatchResult.Reason.NO_COMPATIBLE_PARTNER, u.reason(), u.person().email());
        }
        int paired = (int) result.cohort().mentees().stream().filter(m -> !result.partners(m).isEmpty()).count();
        assertEquals(result.cohort().mentees().size() - paired,
                result.unmatched().stream().filter(u -> u.person().role() == Role.MENTEE).count(), "every unpaired mentee listed");
        assertEquals(best.pairs(), result.pairs().size(), "number of pairs");
        assertEquals(best.score(), result.totalScore(), 1e-4, "total score");
    }

    @ParameterizedTest(name = "seed {0}: {1} mentors × {2} mentees, capacity {3}")
    @MethodSource("seeds")
    void neverPairsAcrossAReportingLineOrAnyOtherConstraint(long seed, int mentors, int mentees, int capacity) throws Exception {
        List<Person> people = Cohorts.random(new Random(seed), mentors, mentees);
        ReportingLines lines = ReportingLines.of(people, Map.of());
        MatchResult result = Matchmaker.match(Cohorts.full(capacity), people, lines, Overrides.NONE);
        Set<Person> mentees2 = new HashSet<>();
        for (MatchResult.Pair pair : result.pairs()) {
            assertFalse(lines.chainAbove(pair.mentor().email()).contains(pair.mentee().email()), pair.toString());
            assertFalse(lines.chainAbove(pair.mentee().email()).contains(pair.mentor().email()), pair.toString());
            assertFalse(pair.mentor().team().equals(pair.mentee().team()), "same team");
            assertFalse(pair.mentor().previousPartners().contains(pair.mentee().email()), "previous pair");
            assertFalse(pair.mentee().previousPartners().contains(pair.mentor().email()), "previous pair");
            assertTrue(pair.mentor().answer("availability").stream().anyMatch(pair.mentee().answer("availability")::contains),
                    "required shared availability");
            assertTrue(mentees2.add(pair.mentee()), "a mentee is paired once");
        }
        for (Person mentor : result.cohort().mentors()) {
            assertTrue(result.partners(mentor).size() <= capacity, "capacity");
        }
    }

    @Test
    void aManagerIsNeverPairedWithSomeoneAnywhereBelowThem() throws Exception {
        Matching matching = new Matching(MatchingApproach.ALGORITHMIC, null,
                List.of(Cohorts.never(RuleKind.NEVER_SAME_REPORTING_LINE)), 1, List.of());
        // partner@ manages lead@ who manages trainee@ (through someone outside the cohort): the chain is two steps.
        List<Person> people = List.of(
                Cohorts.person(Role.MENTOR, "Trainee", "trainee@x.org", "", "middle@x.org", Map.of()),
                Cohorts.person(Role.MENTOR, "Other", "other@x.org", "", "", Map.of()),
                Cohorts.person(Role.MENTEE, "Partner", "partner@x.org", "", "", Map.of()),
                Cohorts.person(Role.MENTEE, "Lead", "lead@x.org", "", "", Map.of()));
        ReportingLines lines = ReportingLines.of(people, Map.of("middle@x.org", "lead@x.org", "lead@x.org", "partner@x.org"));
        MatchResult result = Matchmaker.match(matching, people, lines, Overrides.NONE);
        assertEquals(1, result.pairs().size());
        assertEquals("other@x.org", result.pairs().get(0).mentor().email());
        MatchResult.Unmatched trainee = result.unmatched().get(0);
        assertEquals("trainee@x.org", trainee.person().email());
        assertEquals(MatchResult.Reason.NO_COMPATIBLE_PARTNER, trainee.reason());
        assertEquals("no compatible mentee: every one breaks a rule (2 by same reporting line)", trainee.explanation());
        assertEquals(List.of(Constraint.SAME_REPORTING_LINE), List.copyOf(result.cohort().exclusions(trainee.person()).keySet()));
    }

    @Test
    void aLoopInTheManagementDataDoesNotHang() {
        List<Person> people = List.of(
                Cohorts.person(Role.MENTOR, "A", "a@x.org", "", "b@x.org", Map.of()),
                Cohorts.person(Role.MENTEE, "B", "b@x.org", "", "c@x.org", Map.of()),
                Cohorts.person(Role.MENTEE, "C", "c@x.org", "", "a@x.org", Map.of()),
                Cohorts.person(Role.MENTEE, "D", "d@x.org", "", "d@x.org", Map.of()));
        ReportingLines lines = ReportingLines.of(people, Map.of());
        assertEquals(Set.of("b@x.org", "c@x.org"), lines.chainAbove("a@x.org"));
        assertTrue(lines.share("c@x.org", "b@x.org"));
        assertFalse(lines.share("a@x.org", "d@x.org"));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keepsPinnedPairsAndNeverMakesExcludedOnes(long seed, int mentors, int mentees, int capacity) throws Exception {
        MatchResult free = match(seed, mentors, mentees, capacity, Overrides.NONE);
        Random random = new Random(seed * 31 + 7);
        Cohort cohort = free.cohort();
        List<Assessment> allowed = new ArrayList<>();
        for (Person mentor : cohort.mentors()) {
            for (Person mentee : cohort.mentees()) if (cohort.assessment(mentor, mentee).allowed()) allowed.add(cohort.assessment(mentor, mentee));
        }
        if (allowed.isEmpty()) return;
        // Pin an allowed pair the optimiser did not choose when there is one; exclude pairs it did choose.
        Collections.shuffle(allowed, random);
        Assessment pin = allowed.get(0);
        List<String> excludes = free.pairs().stream()
                .filter(p -> !p.mentor().equals(pin.mentor()) && !p.mentee().equals(pin.mentee()))
                .limit(2).map(p -> p.mentee().email() + "=" + p.mentor().email()).toList();
        MatchResult result = match(seed, mentors, mentees, capacity,
                new Overrides(List.of(pin.mentor().email() + "=" + pin.mentee().email()), excludes));

        assertEquals(1, result.pinned().size());
        assertEquals(pin.mentor(), result.pinned().get(0).mentor());
        assertEquals(pin.mentee(), result.pinned().get(0).mentee());
        Set<String> made = new HashSet<>();
        for (MatchResult.Pair p : result.pairs()) made.add(p.mentee().email() + "=" + p.mentor().email());
        for (String excluded : excludes) assertFalse(made.contains(excluded), excluded);
        assertTrue(result.pairs().stream().filter(p -> !p.pinned()).noneMatch(p -> p.mentee().equals(pin.mentee())));
    }

    @Test
    void sameInputInAnyOrderGivesTheSamePairs() throws Exception {
        List<Person> people = new ArrayList<>(Cohorts.random(new Random(99), 8, 8));
        MatchResult first = Matchmaker.match(Cohorts.full(1), people, ReportingLines.of(people, Map.of()), Overrides.NONE);
        Collections.shuffle(people, new Random(1));
        MatchResult second = Matchmaker.match(Cohorts.full(1), people, ReportingLines.of(people, Map.of()), Overrides.NONE);
        assertEquals(first.pairs(), second.pairs());
        assertEquals(first.unmatched(), second.unmatched());
    }

    @Test
    void surplusMenteesAreUnpairedForLackOfPlaces() throws Exception {
        Matching matching = new Matching(MatchingApproach.ALGORITHMIC, null,
                List.of(Cohorts.prefer(RuleKind.PREFER_SHARED_ANSWERS, "topics", 1, false)), 1, List.of(Cohorts.TOPICS_Q));
        List<Person> people = List.of(
                Cohorts.person(Role.MENTOR, "M", "m@x.org", "", "", Map.of("topics", List.of("Wellbeing"))),
                Cohorts.person(Role.MENTEE, "Good", "good@x.org", "", "", Map.of("topics", List.of("Wellbeing"))),
                Cohorts.person(Role.MENTEE, "Poor", "poor@x.org", "", "", Map.of("topics", List.of("Belonging"))));
        MatchResult result = Matchmaker.match(matching, people, ReportingLines.none(), Overrides.NONE);
        assertEquals("good@x.org", result.pairs().get(0).mentee().email());
        assertEquals(1, result.unmatched().size());
        MatchResult.Unmatched poor = result.unmatched().get(0);
        assertEquals("poor@x.org", poor.person().email());
        assertEquals(MatchResult.Reason.NO_PLACE, poor.reason());
        assertEquals("every compatible mentor was needed for another pair (2 mentees for 1 mentor place); pairing this"
                + " person would have left someone else unpaired or lowered the total", poor.explanation());
    }

    @Test
    void capacityClonesMentorPlaces() throws Exception {
        Matching matching = new Matching(MatchingApproach.ALGORITHMIC, null, List.of(), 3, List.of());
        List<Person> people = List.of(
                Cohorts.person(Role.MENTOR, "M", "m@x.org", "", "", Map.of()),
                Cohorts.person(Role.MENTEE, "A", "a@x.org", "", "", Map.of()),
                Cohorts.person(Role.MENTEE, "B", "b@x.org", "", "", Map.of()),
                Cohorts.person(Role.MENTEE, "C", "c@x.org", "", "", Map.of()),
                Cohorts.person(Role.MENTEE, "D", "d@x.org", "", "", Map.of()));
        MatchResult result = Matchmaker.match(matching, people, ReportingLines.none(), Overrides.NONE);
        assertEquals(3, result.pairs().size());
        assertEquals(1, result.unmatched().size());
    }

    @Test
    void badOverridesAreReportedTogether() {
        List<Person> people = List.of(
                Cohorts.person(Role.MENTOR, "M", "m@x.org", "t", "", Map.of("availability", List.of("Lunchtime"))),
                Cohorts.person(Role.MENTOR, "N", "n@x.org", "t", "", Map.of("availability", List.of("Lunchtime"))),
                Cohorts.person(Role.MENTEE, "A", "a@x.org", "t", "", Map.of("availability", List.of("Lunchtime"))));
        ProblemException e = assertThrows(ProblemException.class, () -> Matchmaker.match(Cohorts.full(1), people,
                ReportingLines.none(), new Overrides(List.of("m@x.org=a@x.org", "m@x.org"), List.of("m@x.org=n@x.org", "a@x.org=z@x.org"))));
        assertEquals(List.of(
                "command line: `--exclude m@x.org=n@x.org`: both people are mentors — Name one mentor and one mentee.",
                "command line: `--exclude a@x.org=z@x.org`: `z@x.org` is not in the responses — Check the spelling against the `email` column.",
                "command line: `--fix m@x.org`: expected two emails joined by `=` — Write it as `--fix mentor@example.org=mentee@example.org`."),
                e.problems().stream().map(Object::toString).toList());
        ProblemException broken = assertThrows(ProblemException.class, () -> Matchmaker.match(Cohorts.full(1), people,
                ReportingLines.none(), new Overrides(List.of("A@x.org=m@x.org"), List.of())));
        assertEquals("command line: `--fix A@x.org=m@x.org`: this pair breaks a rule: they are in the same team"
                + " (`never: same_team`) — Choose another pair, or change the rule in scheme.yml if it is wrong.", broken.getMessage());
    }
}
