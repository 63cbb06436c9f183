package org.flipside.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * The typefaces of one PDF: Liberation Sans for text, Liberation Serif for headings, all embedded as subsets,
 * plus (only when the document has form fields) a fully embedded Liberation Sans for the fields, because a
 * reader filling a field later needs glyphs that a subset would have left out.
 *
 * <p>Liberation (SIL Open Font License 1.1, licence inside the {@code openpdf-fonts-extra} jar at
 * {@code liberation/LICENSE}) covers Latin including Vietnamese, Greek and Cyrillic. Text is normalised to NFC
 * first, so decomposed accents find their precomposed glyphs. A character that no font has is reported to
 * {@link Glyphs} and named in a build warning.
 *
 * <p>The parsed fonts are shared by the packs of one build ({@link FontPrograms}); each document gives them a
 * random source seeded by its own name, so that the six-letter subset prefix (OpenPDF draws it from
 * {@link SecureRandom}) is the same on every run.
 */
final class Fonts {

    enum Style { REGULAR, BOLD, ITALIC, BOLD_ITALIC, SERIF_BOLD, SERIF_REGULAR, MONO }

    private static final Map<Style, String> FILE_OF = new EnumMap<>(Map.of(
            Style.REGULAR, "LiberationSans-Regular.ttf",
            Style.BOLD, "LiberationSans-Bold.ttf",
            Style.ITALIC, "LiberationSans-Italic.ttf",
            Style.BOLD_ITALIC, "LiberationSans-BoldItalic.ttf",
            Style.SERIF_BOLD, "LiberationSerif-Bold.ttf",
            Style.SERIF_REGULAR, "LiberationSerif-Regular.ttf",
            Style.MONO, "LiberationMono-Regular.ttf"));

    private final String documentName;
    private final FontPrograms programs;
    private final Glyphs glyphs;
    private final Map<Style, BaseFont> fonts = new EnumMap<>(Style.class);
    private BaseFont fieldFont;

    Fonts(String documentName, Glyphs glyphs, FontPrograms programs) {
        this.documentName = documentName;
        this.programs = programs;
        this.glyphs = glyphs;
    }

    BaseFont base(Style style) {
        return fonts.computeIfAbsent(style, s -> load(FILE_OF.get(s), true));
    }

    /** The font for form fields: embedded in full, so that any name typed later can be shown. */
    BaseFont field() {
        if (fieldFont == null) fieldFont = load("LiberationSans-Regular.ttf", false);
        return fieldFont;
    }

    Font font(Style style, float size, Color colour) {
        return new Font(base(style), size, Font.NORMAL, colour);
    }

    /** A chunk of {@code text} in the given style; the text is normalised and checked for missing glyphs. */
    Chunk chunk(String text, Style style, float size, Color colour) {
        String clean = clean(text, style);
        return new Chunk(clean, font(style, size, colour));
    }

    Phrase phrase(String text, Style style, float size, Color colour) {
        return new Phrase(chunk(text, style, size, colour));
    }

    /** NFC-normalised text, with any character the style's font lacks reported to the glyph log. */
    String clean(String text, Style style) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        BaseFont font = base(style);
        nfc.codePoints().forEach(cp -> {
            if (!Character.isWhitespace(cp) && !Character.isISOControl(cp) && !font.charExists(cp)) {
                glyphs.missing(cp, documentName);
            }
        });
        return nfc;
    }

    private BaseFont load(String file, boolean subset) {
        BaseFont font = programs.get(file, subset);
        font.setSecureRandom(new SeededRandom(documentName + "/" + file));
        return font;
    }

    /** The only randomness OpenPDF asks fonts for is the subset prefix: make it a function of the names. */
    private static final class SeededRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final transient Random random;

        SeededRandom(String seed) {
            long hash = 1125899906842597L;
            for (byte b : seed.getBytes(StandardCharsets.UTF_8)) hash = 31 * hash + b;
            random = new Random(hash);
        }

        @Override
        public double nextDouble() {
            return random.nextDouble();
        }

        @Override
        public int nextInt(int bound) {
            return random.nextInt(bound);
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (random != null) random.nextBytes(bytes);
        }
    }
}
