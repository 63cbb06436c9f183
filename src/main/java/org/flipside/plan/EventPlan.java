package org.flipside.plan;

import java.time.LocalDate;
import org.flipside.model.Community.Event;

/** One dated occurrence of a community event; repeating events give one per occurrence, counted from 1. */
public record EventPlan(Event event, LocalDate date, int occurrence) {}
