package org.flipside.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The baked pages, each parsed once for the search index and the link check. */
final class ParsedPages {

    private final Map<Path, Document> parsed = new HashMap<>();

    Document get(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Document doc = parsed.get(key);
        if (doc == null) {
            doc = Jsoup.parse(key.toFile(), "UTF-8");
            parsed.put(key, doc);
        }
        return doc;
    }
}
