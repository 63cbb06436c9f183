package org.flipside.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flipside.model.Organisation.Colours;

/**
 * The brand colours as CSS custom properties, with shades adjusted where a colour would fail WCAG 2.2 AA
 * contrast (4.5:1) as text on the page background, in light and in dark mode. The brand colour itself is kept
 * for surfaces (header band, borders); only text uses the adjusted shade.
 */
final class BrandColours {

    static final double AA = 4.5;
    static final double DARK_TARGET = 6.0;
    // The darkest surface text sits on in light mode and the lightest in dark mode (see site.css: --surface-2),
    // so a shade that passes here passes on every background of the theme.
    static final String LIGHT_BACKGROUND = "#eceff3";
    static final String DARK_BACKGROUND = "#252a33";
    private static final String DEFAULT_PRIMARY = "#1d3557";
    private static final String DEFAULT_ACCENT = "#b5482a";
    private static final String INK = "#111318";

    private BrandColours() {}

    /** Custom properties in a fixed order: {@code [{name, value}]}. */
    static List<Map<String, Object>> properties(Colours colours) {
        String primary = hexOr(colours == null ? null : colours.primary(), DEFAULT_PRIMARY);
        String accent = hexOr(colours == null ? null : colours.accent(), DEFAULT_ACCENT);
        List<Map<String, Object>> props = new ArrayList<>();
        String primarySurface = surface(primary);
        String accentSurface = surface(accent);
        add(props, "--brand", primary);
        add(props, "--brand-surface", primarySurface);
        add(props, "--on-brand", bestTextOn(primarySurface));
        add(props, "--brand-text", readableOn(primary, LIGHT_BACKGROUND));
        // Dark mode asks more than AA of link colours: a shade that only just passes looks dull on a dark page.
        add(props, "--brand-text-dark", readableOn(primary, DARK_BACKGROUND, DARK_TARGET));
        add(props, "--accent", accent);
        add(props, "--accent-surface", accentSurface);
        add(props, "--on-accent", bestTextOn(accentSurface));
        add(props, "--accent-text", readableOn(accent, LIGHT_BACKGROUND));
        add(props, "--accent-text-dark", readableOn(accent, DARK_BACKGROUND));
        return props;
    }

    private static void add(List<Map<String, Object>> props, String name, String value) {
        props.add(View.map("name", name, "value", value));
    }

    /** {@code colour} when it reaches AA on {@code background}, else the nearest shade towards black or white that does. */
    static String readableOn(String colour, String background) {
        return readableOn(colour, background, AA);
    }

    /** As {@link #readableOn(String, String)}, for a contrast of at least {@code target}. */
    static String readableOn(String colour, String background, double target) {
        if (contrast(colour, background) >= target) return colour;
        boolean darken = luminance(background) > 0.5;
        int[] rgb = rgb(colour);
        for (int step = 1; step <= 100; step++) {
            double t = step / 100.0;
            int[] mixed = new int[3];
            for (int i = 0; i < 3; i++) {
                double extreme = darken ? 0 : 255;
                mixed[i] = (int) Math.round(rgb[i] + (extreme - rgb[i]) * t);
            }
            String candidate = hex(mixed);
            if (contrast(candidate, background) >= target) return candidate;
        }
        return darken ? "#000000" : "#ffffff";
    }

    /**
     * {@code colour} as a background for text (header band, buttons): kept when white or near-black text reaches
     * AA on it, else darkened until white text does (a mid grey fails with both).
     */
    static String surface(String colour) {
        if (contrast(bestTextOn(colour), colour) >= AA) return colour;
        return readableOn(colour, "#ffffff");
    }

    /** White or near-black, whichever reads better on {@code colour}. */
    static String bestTextOn(String colour) {
        return contrast("#ffffff", colour) >= contrast(INK, colour) ? "#ffffff" : INK;
    }

    static double contrast(String a, String b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String colour) {
        int[] rgb = rgb(colour);
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = rgb[i] / 255.0;
            c[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static String hexOr(String value, String fallback) {
        if (value == null) return fallback;
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.matches("#[0-9a-f]{3}")) {
            v = "#" + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2) + v.charAt(3) + v.charAt(3);
        }
        return v.matches("#[0-9a-f]{6}") ? v : fallback;
    }

    private static int[] rgb(String hex) {
        return new int[] {Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
                Integer.parseInt(hex.substring(5, 7), 16)};
    }

    private static String hex(int[] rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }
}
