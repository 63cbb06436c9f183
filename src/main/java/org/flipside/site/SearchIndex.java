package org.flipside.site;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.flipside.util.Json;

/**
 * The search index: every page's title, address, section headings and text, written as a script
 * ({@code js/search-index.js}) that the search page loads with {@code <script src>}. A script, not a JSON file
 * fetched at run time, because browsers refuse to fetch files when a page is opened from {@code file://}.
 * Built from the baked pages, so it holds exactly what readers can see and nothing else.
 */
final class SearchIndex implements Closeable {

    static final String FILE = "js/search-index.js";
    private static final int MAX_TEXT = 20_000;

    private final Writer js;
    private boolean first = true;

    /** Starts {@code js/search-index.js} in {@code outputDir}; pages are added one at a time, in reading order. */
    SearchIndex(Path outputDir) throws IOException {
        Path file = outputDir.resolve(FILE);
        Files.createDirectories(file.getParent());
        js = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        js.write("window.FLIPSIDE_SEARCH = [\n");
    }

    /** Adds {@code page}, whose baked file's search entry is {@code entry}; nothing when the entry is null. */
    void add(PageSpec page, String entry) throws IOException {
        if (entry == null) return;
        if (!first) js.write(",\n");
        first = false;
        js.write("{\"u\":" + Json.quote(page.uri()) + ",\"t\":" + Json.quote(page.title()) + "," + entry + "}");
    }

    @Override
    public void close() throws IOException {
        try (js) {
            js.write("\n];\n");
        }
    }

    /**
     * A page's section headings and text, as the members {@code "s"} and {@code "x"} of its entry, from the
     * page's {@code [data-search-body]} without its {@code [data-search-skip]} parts (which are removed from
     * {@code doc}); null when the page has no such body.
     */
    static String entry(Document doc) {
        Element body = doc.selectFirst("[data-search-body]");
        if (body == null) return null;
        body.select("[data-search-skip]").remove();
        StringBuilder headings = new StringBuilder();
        for (Element h : body.select("h2[id], h3[id]")) {
            if (!headings.isEmpty()) headings.append(',');
            headings.append("{\"a\":").append(Json.quote(h.id())).append(",\"h\":").append(Json.quote(h.text())).append('}');
        }
        String text = body.text();
        if (text.length() > MAX_TEXT) text = text.substring(0, MAX_TEXT);
        return "\"s\":[" + headings + "],\"x\":" + Json.quote(text);
    }
}
