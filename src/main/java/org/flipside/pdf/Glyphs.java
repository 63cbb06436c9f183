package org.flipside.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;

/** Characters that no shipped font could draw, gathered across every pack so each is reported once. */
final class Glyphs {

    private final Map<Integer, TreeSet<String>> missing = new TreeMap<>();

    void missing(int codePoint, String documentName) {
        missing.computeIfAbsent(codePoint, c -> new TreeSet<>()).add(documentName);
    }

    /** The characters missing from any of {@code documents}, each with the ones of those it is missing from. */
    Map<Integer, Set<String>> missingFrom(List<String> documents) {
        Map<Integer, Set<String>> found = new TreeMap<>();
        missing.forEach((cp, files) -> {
            Set<String> in = new TreeSet<>(files);
            in.retainAll(documents);
            if (!in.isEmpty()) found.put(cp, in);
        });
        return found;
    }

    /** One warning per character, naming it, its code point and the files it is missing from. */
    List<Problem> warnings(String schemeFile) {
        List<Problem> warnings = new ArrayList<>();
        missing.forEach((cp, files) -> {
            String name = Character.getName(cp);
            warnings.add(Problem.warning(Location.ofFile(schemeFile),
                    "The character `" + new String(Character.toChars(cp)) + "` (U+" + String.format(Locale.ROOT, "%04X", cp)
                            + (name == null ? "" : " " + name) + ") is not in any font Flipside ships, so it is "
                            + "missing from " + String.join(", ", files),
                    "Replace it with a similar character, or write the word without it."));
        });
        return warnings;
    }
}
