package org.flipside.model;

/** {@code contact} is nullable. */
public record Privacy(String controller, String contact, int retentionMonths, LawfulBasis lawfulBasis) {}
