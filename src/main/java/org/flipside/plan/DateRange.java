package org.flipside.plan;

import java.time.LocalDate;

/** From {@code start} to {@code end}, both days included in what people read. */
public record DateRange(LocalDate start, LocalDate end) {}
