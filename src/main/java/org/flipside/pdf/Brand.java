package org.flipside.pdf;

import com.lowagie.text.Image;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Organisation;
import org.flipside.model.SourceMap;

/**
 * The organisation's look in print: its colours, with a darker shade wherever a colour is too light to read as
 * text on white (WCAG 2.2 AA, 4.5:1), and its logo.
 *
 * <p>Logos: PNG and JPEG are drawn. An SVG logo is left out with a warning rather than pulling a whole SVG
 * renderer (Batik, about 10 MB) into the tool; the warning says to add a PNG export.
 */
final class Brand {

    static final Color INK = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x55, 0x5d, 0x66);
    static final Color RULE = new Color(0xc9, 0xce, 0xd4);
    static final Color PAPER_TINT = new Color(0xf4, 0xf5, 0xf7);

    final Color primary;
    final Color primaryText;
    final Color accent;
    final Color accentText;
    final Color primaryTint;
    /** Decoded once per build: OpenPDF decodes a PNG through AWT, which costs tens of milliseconds each time. */
    private final Image logo;

    private Brand(Color primary, Color accent, Image logo) {
        this.primary = primary;
        this.accent = accent;
        this.primaryText = readable(primary);
        this.accentText = readable(accent);
        this.primaryTint = mix(primary, Color.WHITE, 0.9);
        this.logo = logo;
    }

    /** Reads the logo once for all packs; problems with it become warnings, never failures. */
    static Brand of(Organisation organisation, SourceMap sources, Path projectRoot, List<Problem> warnings) {
        Organisation.Colours colours = organisation.colours();
        Color primary = parse(colours == null ? null : colours.primary(), new Color(0x1d, 0x35, 0x57));
        Color accent = parse(colours == null ? null : colours.accent(), new Color(0xb5, 0x4a, 0x2c));
        return new Brand(primary, accent, readLogo(organisation.logo(), sources, projectRoot, warnings));
    }

    /** A fresh copy for each use (a drawing scales and positions it), sharing the decoded pixels. */
    Image logoImage() {
        return logo == null ? null : Image.getInstance(logo);
    }

    private static Image readLogo(String logo, SourceMap sources, Path projectRoot, List<Problem> warnings) {
        if (logo == null || logo.isBlank()) return null;
        String lower = logo.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".svg")) {
            warnings.add(Problem.warning(sources.locate("organisation.logo"),
                    "The PDF packs cannot draw an SVG logo, so they are printed without `" + logo + "`",
                    "Export the logo as PNG (at least 600 pixels wide) and point `organisation.logo` at the PNG; the website can use either."));
            return null;
        }
        Path file = projectRoot.resolve(logo).normalize();
        try {
            if (!file.startsWith(projectRoot.normalize())) throw new IOException("outside the project");
            return LogoImage.of(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            warnings.add(Problem.warning(sources.locate("organisation.logo"),
                    "The logo `" + logo + "` could not be read as a PNG or JPEG image, so the PDF packs are printed without it",
                    "Check that the file exists inside the project folder and is a PNG or JPEG."));
            return null;
        }
    }

    static Color parse(String hex, Color fallback) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) return fallback;
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    /** The colour itself when it reaches 4.5:1 on white, else the lightest darker shade of it that does. */
    static Color readable(Color colour) {
        Color shade = colour;
        for (int step = 1; contrast(shade, Color.WHITE) < 4.5 && step <= 20; step++) {
            shade = mix(colour, Color.BLACK, step * 0.05);
        }
        return shade;
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** {@code a} moved {@code amount} (0..1) of the way towards {@code b}. */
    static Color mix(Color a, Color b, double amount) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * amount),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * amount),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * amount));
    }

    /** White or ink, whichever reads better on {@code background}. */
    static Color on(Color background) {
        return contrast(Color.WHITE, background) >= contrast(INK, background) ? Color.WHITE : INK;
    }
}
