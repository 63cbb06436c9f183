package org.flipside.review;

/**
 * One gap in a step, with what to do about it.
 *
 * @param rule       a stable id for the check that found it ({@code recruitment-short}), for tools and tests
 * @param message    what the review noticed, one sentence
 * @param suggestion a concrete next step, one or two sentences
 * @param yaml       nullable: the lines to add to scheme.yml, from the top-level key down
 */
public record Finding(String rule, String message, String suggestion, String yaml) {}
