package org.flipside.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.PageSize;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Paper;
import org.flipside.model.Scheme;
import org.flipside.model.Support;
import org.flipside.plan.Plan;

/** What every pack of one build shares: the plan, the brand, the paper, and where warnings go. */
final class PackContext {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    final Plan plan;
    final Scheme scheme;
    final Path projectRoot;
    final Brand brand;
    final Glyphs glyphs = new Glyphs();
    final FontPrograms fontPrograms = new FontPrograms();
    final List<Problem> warnings = new ArrayList<>();

    PackContext(Plan plan, Path projectRoot) {
        this.plan = plan;
        this.scheme = plan.scheme();
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.brand = Brand.of(scheme.organisation(), scheme.sources(), this.projectRoot, warnings);
    }

    /**
     * A context for another thread writing packs of the same build: the same plan and brand (its logo is only
     * read), its own fonts, glyph log and warnings, because a document's fonts are not shared between threads.
     */
    PackContext(PackContext build) {
        this.plan = build.plan;
        this.scheme = build.scheme;
        this.projectRoot = build.projectRoot;
        this.brand = build.brand;
    }

    Rectangle pageSize() {
        return scheme.handbook().paper() == Paper.LETTER ? PageSize.LETTER : PageSize.A4;
    }

    String language() {
        String language = scheme.organisation().language();
        return language == null || language.isBlank() ? "en-GB" : language;
    }

    String schemeName() {
        return scheme.scheme().name();
    }

    String organisationName() {
        return scheme.organisation().name();
    }

    /** The line at the foot of every page: where to turn for support. */
    String supportLine() {
        List<Support.Signpost> signposts = scheme.support().signposting();
        StringBuilder line = new StringBuilder("Need support? ");
        if (!signposts.isEmpty()) {
            Support.Signpost first = signposts.get(0);
            line.append(first.name());
            if (first.phone() != null) line.append(" ").append(first.phone());
            else if (first.url() != null) line.append(" ").append(first.url());
        }
        var lead = scheme.people().schemeLead();
        if (lead != null) {
            line.append(signposts.isEmpty() ? "" : " · ").append("Scheme lead: ").append(lead.name());
            if (lead.email() != null) line.append(", ").append(lead.email());
        } else if (scheme.organisation().contact() != null && scheme.organisation().contact().email() != null) {
            line.append(" · ").append(scheme.organisation().contact().email());
        }
        return line.toString();
    }

    static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    /** {@code scheme_lead} → {@code Scheme lead}. */
    static String roleTitle(String role) {
        return switch (role) {
            case "mentor" -> "Mentor";
            case "mentee" -> "Mentee";
            case "buddy" -> "Support buddy";
            case "scheme_lead" -> "Scheme lead";
            case "sponsor" -> "Sponsor";
            default -> Character.toUpperCase(role.charAt(0)) + role.substring(1).replace('_', ' ');
        };
    }
}
