package org.flipside.plan;

import java.time.LocalDate;
import org.flipside.model.Timeline.Phase;

/** A phase with its dates: it ends the day the next one starts ({@code end = start + maxWeeks}). */
public record PhasePlan(Phase phase, LocalDate start, LocalDate end) {}
