package org.flipside.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.model.Handbook;
import org.flipside.plan.Chapter;
import org.flipside.plan.Plan;

/** The website's pages in reading order: home, the plan's chapters, then the pages every handbook needs. */
final class Pages {

    /** Built-in pages every handbook has, added at the end when {@code handbook.chapters} leaves them out. */
    static final List<String> ALWAYS = List.of("support", "privacy", "downloads");
    private static final Set<String> RESERVED = Set.of("index", "search");
    /**
     * Pages in the reading order (home included) up to which every page's sidebar lists them all. A larger
     * handbook gets a contents page ({@link #CONTENTS}) and a shorter sidebar ({@link Sidebar}).
     */
    static final int FULL_SIDEBAR_LIMIT = 50;
    /** The contents page's name, in a handbook larger than {@link #FULL_SIDEBAR_LIMIT} pages. */
    static final String CONTENTS = "contents";

    private Pages() {}

    static List<PageSpec> of(Plan plan) throws ProblemException {
        List<PageSpec> pages = new ArrayList<>();
        pages.add(new PageSpec("index", "Home", plan.scheme().scheme().summary(), "home", null, null, List.of(), true));
        Set<String> seen = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (Chapter c : plan.chapters()) {
            if (RESERVED.contains(c.slug()) || !seen.add(c.slug())) {
                problems.add(Problem.error(Location.ofFile(c.sourceFile() != null ? c.sourceFile() : "scheme.yml"),
                        "the chapter name `" + c.slug() + "` is used by another page of the website",
                        "rename the chapter (and its file in content/)"));
                continue;
            }
            String type = c.generated() ? c.slug() : "chapter";
            pages.add(new PageSpec(c.slug(), c.title(), c.summary(), type, c.markdown(), c.sourceFile(),
                    c.audience() == null ? List.of() : c.audience(), true));
        }
        if (!problems.isEmpty()) throw new ProblemException(problems);
        for (String slug : ALWAYS) {
            if (seen.add(slug)) pages.add(new PageSpec(slug, defaultTitle(slug), null, slug, null, null, List.of(), true));
        }
        if (pages.size() > FULL_SIDEBAR_LIMIT) {
            if (seen.contains(CONTENTS)) {
                String file = pages.stream().filter(p -> p.slug().equals(CONTENTS)).map(PageSpec::sourceFile)
                        .filter(Objects::nonNull).findFirst().orElse("scheme.yml");
                throw new ProblemException(Problem.error(Location.ofFile(file),
                        "the chapter name `" + CONTENTS + "` is used by another page of the website: a handbook of more than "
                                + FULL_SIDEBAR_LIMIT + " pages lists every chapter on `" + CONTENTS + ".html`",
                        "rename the chapter (and its file in content/)"));
            }
            pages.add(new PageSpec(CONTENTS, "Contents", allChapters(pages.size() - 1) + " of the handbook, in reading order.",
                    CONTENTS, null, null, List.of(), false));
        }
        pages.add(new PageSpec("search", "Search", null, "search", null, null, List.of(), false));
        return pages;
    }

    /** "All 3,016 chapters": the contents page's link text. */
    static String allChapters(int count) {
        return String.format(Locale.UK, "All %,d chapters", count);
    }

    /** The title of a built-in chapter that the plan did not list. */
    static String defaultTitle(String slug) {
        return switch (slug) {
            case "support" -> "Support and escalation";
            case "privacy" -> "Privacy";
            case "downloads" -> "Downloads";
            default -> View.sentence(slug.replace('-', ' '));
        };
    }

    /** The built-in chapter names this theme has a template for. */
    static List<String> builtInTypes() {
        return Handbook.BUILT_IN_CHAPTERS;
    }
}
