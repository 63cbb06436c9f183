package org.flipside.model;

import java.util.List;

/**
 * {@code chapters} as written, or {@link #DEFAULT_CHAPTERS} when not written (the plan appends content files
 * not listed). {@code packs}: any of {@link #PACKS}.
 */
public record Handbook(List<String> chapters, Paper paper, List<String> packs) {

    /** The chapter order used when {@code handbook.chapters} is not written (SCHEME.md). */
    public static final List<String> DEFAULT_CHAPTERS = List.of("welcome", "about", "purpose", "people",
            "timeline", "matching", "meetings", "themes", "agreement", "diary", "support", "community",
            "evaluation", "next-steps");

    /**
     * Chapters Flipside generates from scheme.yml. A chapter of one of these names is generated; when
     * {@code content/NAME.md} exists too, its text is shown first as the chapter's introduction.
     * Any other chapter name must be a file {@code content/NAME.md}.
     */
    public static final List<String> BUILT_IN_CHAPTERS = List.of("purpose", "people", "timeline", "matching",
            "meetings", "themes", "agreement", "diary", "support", "community", "evaluation", "next-steps",
            "privacy", "downloads");

    public static final List<String> PACKS = List.of("agreement", "diary", "prompts", "questionnaire",
            "surveys", "handbook", "calendar");
}
