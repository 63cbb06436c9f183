package org.flipside.site;

import java.io.IOException;
import java.lang.ref.SoftReference;
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
    // Softly held: a handbook of thousands of chapters does not fit in memory parsed, and a page the garbage
    // collector dropped is simply parsed again.
    private final Map<Path, SoftReference<Document>> parsed = new HashMap<>();

    Document get(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        SoftReference<Document> held = parsed.get(key);
        Document doc = held == null ? null : held.get();
        if (doc == null) {
            // Parsed from the text, remembered by it: a page unchanged since the last build is not parsed again.
            // Callers only read the documents (the search index clones what it trims).
            doc = PARSED.get(Files.readString(key, StandardCharsets.UTF_8), Jsoup::parse);
            parsed.put(key, new SoftReference<>(doc));
        }
        return doc;
    }
}
