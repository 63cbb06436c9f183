package org.flipside.plan;

import java.time.LocalDate;
import org.flipside.model.Timeline.Milestone;

public record MilestonePlan(Milestone milestone, LocalDate date) {}
