package org.flipside.scheme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Scheme;
import org.flipside.model.Support;

/** What builds but deserves attention: low-contrast brand colours, stale support details, recruitment timing. */
final class Warnings {

    static final double AA_TEXT_CONTRAST = 4.5;

    private Warnings() {}

    static List<Problem> find(Scheme scheme, LocalDate buildDate, Map<String, PhaseDates.Span> phases) {
        List<Problem> warnings = new ArrayList<>();
        contrast(scheme, "primary", scheme.organisation().colours().primary(), warnings);
        contrast(scheme, "accent", scheme.organisation().colours().accent(), warnings);
        signposting(scheme, buildDate, warnings);
        recruitment(scheme, phases, warnings);
        return warnings;
    }

    private static void contrast(Scheme scheme, String which, String colour, List<Problem> warnings) {
        if (colour == null) return;
        double ratio = contrastWithWhite(colour);
        if (ratio >= AA_TEXT_CONTRAST) return;
        warnings.add(Problem.warning(scheme.sources().locate("organisation.colours." + which),
                String.format(Locale.ROOT, "brand colour `organisation.colours.%s` (`%s`) has a contrast of %.1f:1"
                        + " against white, below the 4.5:1 that WCAG 2.2 AA asks for text", which, colour, ratio),
                "the theme uses a darker shade of it for text; choose a darker colour to pick the shade yourself"));
    }

    /** WCAG 2.x contrast ratio of {@code #rrggbb} against white. */
    static double contrastWithWhite(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double l = 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
        return 1.05 / (l + 0.05);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static void signposting(Scheme scheme, LocalDate buildDate, List<Problem> warnings) {
        List<Support.Signpost> signposts = scheme.support().signposting();
        for (int i = 0; i < signposts.size(); i++) {
            Support.Signpost s = signposts.get(i);
            var where = scheme.sources().locate("support.signposting[" + i + "]");
            if (s.checked() == null) {
                warnings.add(Problem.warning(where, "support contact `" + s.name() + "` has no `checked` date;"
                                + " people in distress will rely on these details",
                        "confirm the details and add `checked: " + buildDate + "`"));
            } else if (s.checked().isBefore(buildDate.minusMonths(12))) {
                warnings.add(Problem.warning(where, "support contact `" + s.name() + "` was last checked on "
                                + s.checked() + ", more than twelve months ago",
                        "confirm the phone number and web address still work, then update `checked`"));
            }
        }
    }

    private static void recruitment(Scheme scheme, Map<String, PhaseDates.Span> phases, List<Problem> warnings) {
        var r = scheme.recruitment();
        PhaseDates.Span engage = phases.get("engage");
        if (r == null || engage == null) return;
        boolean early = r.opens() != null && r.opens().isBefore(engage.start());
        boolean late = r.closes() != null && r.closes().isAfter(engage.end());
        if (early || late) {
            warnings.add(Problem.warning(scheme.sources().locate("recruitment"), "the recruitment window ("
                            + r.opens() + " to " + r.closes() + ") is not inside the `engage` phase ("
                            + engage.start() + " to " + engage.end() + ")",
                    "recruit while the scheme engages mentors and mentees: move the dates, or the phases"));
        }
    }
}
