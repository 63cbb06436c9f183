package org.flipside.plan;

/** A file written to {@code downloads/}, for the website's downloads page. */
public record Download(String fileName, String title, String description, long bytes) {}
