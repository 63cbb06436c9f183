package org.flipside.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The baked pages, each parsed once for the search index and the link check. */
final class ParsedPages {

    private static final Memo<String, Document> PARSED = new Memo<>(6_000_000, String::length);
    private final Map<Path, Document> parsed = new HashMap<>();

    Document get(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Document doc = parsed.get(key);
        if (doc == null) {
            // Parsed from the text, remembered by it: a page unchanged since the last build is not parsed again.
            // Callers only read the documents (the search index clones what it trims).
            doc = PARSED.get(Files.readString(key, StandardCharsets.UTF_8), Jsoup::parse);
            parsed.put(key, doc);
        }
        return doc;
    }
}
