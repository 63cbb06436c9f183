package org.flipside.model;

import java.util.List;

/** {@code meeting} (1-based), {@code summary} and {@code before} are nullable. */
public record Theme(String id, String title, Integer meeting, String summary, String before, Prompts prompts) {

    public record Prompts(List<String> mentor, List<String> mentee, List<String> both) {}
}
