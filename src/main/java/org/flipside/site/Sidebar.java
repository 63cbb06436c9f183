package org.flipside.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The chapter list beside every page. A handbook of up to {@link Pages#FULL_SIDEBAR_LIMIT} pages lists them
 * all on every page. A larger one lists the pages made from scheme.yml, the Markdown chapters near the current
 * page ({@link #WINDOW} either side) and, for each run of chapters left out, one link to where they are on the
 * contents page: a list of thousands of links on every page would be unusable (a screen reader user would
 * hear every one) and would make the site grow with the square of its size.
 */
final class Sidebar {

    /** Markdown chapters listed either side of the current one in a large handbook. */
    static final int WINDOW = 5;

    private final List<PageSpec> ordered;
    /** Each page's entry, made once and shared by every page's list. */
    private final List<Object> full;
    /** For each page in reading order, how many Markdown chapters come before it. */
    private final int[] chaptersBefore;
    private final int chapterCount;
    private final boolean windowed;

    /**
     * @param ordered  the pages in the sidebar, in reading order
     * @param windowed whether to list only a window of the Markdown chapters (the handbook has a contents page)
     */
    Sidebar(List<PageSpec> ordered, boolean windowed) {
        this.ordered = ordered;
        this.windowed = windowed;
        this.full = List.copyOf(View.list(ordered, Sidebar::item));
        chaptersBefore = new int[ordered.size()];
        int n = 0;
        for (int i = 0; i < ordered.size(); i++) {
            chaptersBefore[i] = n;
            if (isMarkdownChapter(ordered.get(i))) n++;
        }
        chapterCount = n;
    }

    /** The id of a chapter's entry on the contents page. */
    static String contentsId(PageSpec p) {
        return "chapter-" + p.slug();
    }

    /**
     * The sidebar's entries on the page at {@code position} in reading order (-1 for a page outside it, such as
     * search): each has {@code title} and {@code href}, a page also {@code slug}, a run of chapters left out
     * {@code gap}.
     */
    List<Object> items(int position) {
        if (!windowed) return full;
        int at = position < 0 ? 0 : chaptersBefore[position];
        int first = Math.max(0, Math.min(at - WINDOW, chapterCount - (2 * WINDOW + 1)));
        int last = first + 2 * WINDOW;
        List<Object> items = new ArrayList<>();
        int gapStart = -1;
        int gap = 0;
        for (int i = 0; i < ordered.size(); i++) {
            PageSpec p = ordered.get(i);
            int chapter = chaptersBefore[i];
            if (isMarkdownChapter(p) && (chapter < first || chapter > last)) {
                if (gap++ == 0) gapStart = i;
                continue;
            }
            addGap(items, gapStart, gap);
            gap = 0;
            items.add(full.get(i));
        }
        addGap(items, gapStart, gap);
        return items;
    }

    private static Map<String, Object> item(PageSpec p) {
        return View.map("slug", p.slug(), "title", p.title(), "href", p.uri());
    }

    /** A run of chapters left out: one link to the first on the contents page (a run of one is just listed). */
    private void addGap(List<Object> items, int first, int count) {
        if (count == 1) {
            items.add(full.get(first));
        } else if (count > 1) {
            items.add(View.map("gap", Boolean.TRUE, "title", String.format(Locale.UK, "%,d more chapters", count),
                    "href", Pages.CONTENTS + ".html#" + contentsId(ordered.get(first))));
        }
    }

    private static boolean isMarkdownChapter(PageSpec p) {
        return p.type().equals("chapter");
    }
}
