package org.flipside.model;

import java.time.LocalDate;
import java.util.List;

public record Timeline(List<Phase> phases, List<Milestone> milestones) {

    /**
     * A phase runs for {@code maxWeeks} (plan for the upper bound); {@code minWeeks == maxWeeks} unless a
     * range was written. {@code start} is nullable: a fixed start date, else it follows the previous phase.
     */
    public record Phase(String id, String title, int minWeeks, int maxWeeks, LocalDate start) {
        public boolean isRange() {
            return minWeeks != maxWeeks;
        }
    }

    /** Either {@code date} is set, or {@code after} (a phase id) with {@code offsetWeeks} (may be negative). */
    public record Milestone(String id, String title, LocalDate date, String after, int offsetWeeks) {}
}
