package org.flipside.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The best pairing found by trying every one: most pairs first, then the highest total score. Independent of
 * the assignment solver; only the pair assessments are shared. Small cohorts only.
 */
final class BruteForce {

    record Best(int pairs, double score) {}

    private final Assessment[][] grid;
    private final int capacity;
    private final Map<String, Best> memo = new HashMap<>();

    private BruteForce(Assessment[][] grid, int capacity) {
        this.grid = grid;
        this.capacity = capacity;
    }

    static Best optimum(Cohort cohort, int capacity) {
        List<Person> mentors = cohort.mentors();
        List<Person> mentees = cohort.mentees();
        Assessment[][] grid = new Assessment[mentors.size()][mentees.size()];
        for (int i = 0; i < mentors.size(); i++) {
            for (int j = 0; j < mentees.size(); j++) grid[i][j] = cohort.assessment(mentors.get(i), mentees.get(j));
        }
        return new BruteForce(grid, capacity).best(0, new int[mentors.size()]);
    }

    /** The best for mentees from {@code mentee} on, given how many mentees each mentor already has. */
    private Best best(int mentee, int[] used) {
        if (grid.length == 0 || mentee == grid[0].length) return new Best(0, 0);
        String key = mentee + ":" + java.util.Arrays.toString(used);
        Best known = memo.get(key);
        if (known != null) return known;
        Best best = best(mentee + 1, used);
        for (int i = 0; i < grid.length; i++) {
            Assessment a = grid[i][mentee];
            if (!a.allowed() || used[i] == capacity) continue;
            used[i]++;
            Best rest = best(mentee + 1, used);
            used[i]--;
            Best candidate = new Best(rest.pairs() + 1, rest.score() + a.score());
            if (better(candidate, best)) best = candidate;
        }
        memo.put(key, best);
        return best;
    }

    static boolean better(Best a, Best b) {
        return a.pairs() != b.pairs() ? a.pairs() > b.pairs() : a.score() > b.score() + 1e-9;
    }
}
