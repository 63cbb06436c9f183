package org.flipside.model;

import java.time.LocalDate;

/** The {@code scheme} block. {@code cohort} and {@code summary} are nullable. */
public record SchemeDetails(String name, SchemeModel model, String cohort, LocalDate start, String summary) {}
