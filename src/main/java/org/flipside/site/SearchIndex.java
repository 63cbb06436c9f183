package org.flipside.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The search index: every page's title, address, section headings and text, written as a script
 * ({@code js/search-index.js}) that the search page loads with {@code <script src>}. A script, not a JSON file
 * fetched at run time, because browsers refuse to fetch files when a page is opened from {@code file://}.
 * Built from the baked pages, so it holds exactly what readers can see and nothing else.
 */
final class SearchIndex {

    static final String FILE = "js/search-index.js";
    private static final int MAX_TEXT = 20_000;

    private SearchIndex() {}

    static void write(Path outputDir, List<PageSpec> pages, ParsedPages parsed) throws IOException {
        StringBuilder js = new StringBuilder("window.FLIPSIDE_SEARCH = [\n");
        boolean first = true;
        for (PageSpec p : pages) {
            if (!p.inNav()) continue;
            Path file = outputDir.resolve(p.uri());
            if (!Files.isRegularFile(file)) continue;
            Document doc = parsed.get(file);
            Element body = doc.selectFirst("[data-search-body]");
            if (body == null) continue;
            Element copy = body.clone();
            copy.select("[data-search-skip]").remove();
            StringBuilder headings = new StringBuilder();
            for (Element h : copy.select("h2[id], h3[id]")) {
                if (!headings.isEmpty()) headings.append(',');
                headings.append("{\"a\":").append(json(h.id())).append(",\"h\":").append(json(h.text())).append('}');
            }
            String text = copy.text();
            if (text.length() > MAX_TEXT) text = text.substring(0, MAX_TEXT);
            if (!first) js.append(",\n");
            first = false;
            js.append("{\"u\":").append(json(p.uri())).append(",\"t\":").append(json(p.title()))
                    .append(",\"s\":[").append(headings).append("],\"x\":").append(json(text)).append('}');
        }
        js.append("\n];\n");
        Files.createDirectories(outputDir.resolve(FILE).getParent());
        Files.writeString(outputDir.resolve(FILE), js.toString(), StandardCharsets.UTF_8);
    }

    /**
     * A JavaScript string literal safe inside a script file and inside HTML: quotes, backslashes, control
     * characters, {@code <}, {@code >}, {@code &} and the two line separators JavaScript treats as newlines
     * are written as escapes.
     */
    static String json(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
