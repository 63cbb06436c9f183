package org.flipside.cli;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** File names from titles: lowercase ASCII letters, digits and single hyphens, never empty. */
final class Slug {

    static final int MAX_LENGTH = 60;

    /** Letters that Unicode decomposition does not reduce to ASCII. */
    private static final Map<Character, String> SPELLED_OUT = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ø', "o"),
            Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"),
            Map.entry('ı', "i"), Map.entry('&', " and "), Map.entry('@', " at "), Map.entry('+', " plus "));

    private Slug() {}

    /**
     * {@code "Questions people ask"} → {@code questions-people-ask}; {@code "Être là & après"} →
     * {@code etre-la-and-apres}. Cut at a hyphen to at most {@link #MAX_LENGTH} characters. A title with
     * no letters or digits that ASCII can spell gives {@code chapter}.
     */
    static String of(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        StringBuilder spelled = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            spelled.append(SPELLED_OUT.getOrDefault(c, String.valueOf(c)));
        }
        String ascii = Normalizer.normalize(spelled, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int cut = slug.lastIndexOf('-');
            if (cut > MAX_LENGTH / 2) slug = slug.substring(0, cut);
            slug = slug.replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "chapter" : slug;
    }
}
