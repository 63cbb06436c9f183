package org.flipside.plan;

import java.time.LocalDate;
import org.flipside.model.Theme;

/** Meeting {@code number} (1-based) on {@code date}; {@code theme} is nullable when none is planned for it. */
public record MeetingPlan(int number, LocalDate date, Theme theme) {}
