package org.flipside.model;

import java.time.LocalDate;
import java.util.List;

/** {@code feedbackSession} is nullable. */
public record NextSteps(LocalDate feedbackSession, List<String> actions, List<String> continuation) {}
