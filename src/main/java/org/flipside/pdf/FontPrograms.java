package org.flipside.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The shipped TrueType fonts, parsed once for all the packs of one build: parsing a font's tables costs more
 * than most of a small pack. Sharing is safe because OpenPDF records which glyphs a document used in that
 * document's writer, not in the font; the one per-document setting, the random source of the subset prefix,
 * is set by {@link Fonts} when a document starts using the font. The packs of one build are written one after
 * another, so no two documents use a font at once.
 */
final class FontPrograms {

    private final Map<String, BaseFont> parsed = new HashMap<>();

    /** The font in {@code liberation/file}, embedded as a subset or (for form fields) in full. */
    synchronized BaseFont get(String file, boolean subset) {
        return parsed.computeIfAbsent(file + (subset ? "#subset" : "#full"), key -> parse(file, subset));
    }

    private static BaseFont parse(String file, boolean subset) {
        try {
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, read(file), null);
            font.setSubset(subset);
            // A CIDSet must list every glyph of the embedded program (PDF/UA 7.21.4.2); it is optional, so leave it out.
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot read the shipped font " + file, e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = FontPrograms.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) throw new IllegalStateException("font liberation/" + file + " is missing from the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
