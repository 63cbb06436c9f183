package org.flipside.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the link check and the search index need from one baked page, found by parsing it once: its links, the
 * ids its {@code #anchors} can point to, and its search entry. The parsed page itself is dropped at once, so a
 * handbook of thousands of pages is checked in about the memory of one.
 *
 * @param links  every {@code href}, {@code src} and form {@code action}, in document order
 * @param ids    every {@code id} and {@code <a name>}
 * @param search the page's search entry ({@link SearchIndex#entry}); null when the page has no searchable body
 */
record PageFacts(List<Link> links, Set<String> ids, String search) {

    /** One address on the page: the element's tag name and the address as written. */
    record Link(String tag, String url) {}

    // Remembered by the page's whole text, so that a page unchanged since the last build (serve's rebuilds) is
    // not parsed again. Bounded: about eight times the example handbook's pages.
    private static final Memo<String, PageFacts> KNOWN = new Memo<>(2_000_000, String::length);

    /**
     * Reads the facts of {@code files} ahead, into the memory {@link #read} looks in, when they fit in it
     * (a large handbook's pages would only push each other out, and be read twice). Used while the website's
     * thread would otherwise wait; an unreadable file is left for {@link #read} to report.
     */
    static void readAhead(List<Path> files) {
        long size = 0;
        for (Path f : files) {
            try {
                size += Files.size(f);
            } catch (IOException e) {
                return;
            }
        }
        if (size > 1_000_000) return;
        for (Path f : files) {
            try {
                read(f);
            } catch (IOException | RuntimeException e) {
                return;
            }
        }
    }

    /** The facts of the page in {@code file}. */
    static PageFacts read(Path file) throws IOException {
        return KNOWN.get(Files.readString(file, StandardCharsets.UTF_8), PageFacts::parse);
    }

    static PageFacts parse(String html) {
        Document doc = Jsoup.parse(html);
        List<Link> links = new ArrayList<>();
        for (Element e : doc.select("[href], [src], form[action]")) {
            String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action";
            links.add(new Link(e.tagName(), e.attr(attr)));
        }
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) ids.add(e.id());
        for (Element e : doc.select("a[name]")) ids.add(e.attr("name"));
        // Last: the search entry is taken from the page with its skipped parts removed.
        return new PageFacts(List.copyOf(links), Set.copyOf(ids), SearchIndex.entry(doc));
    }
}
