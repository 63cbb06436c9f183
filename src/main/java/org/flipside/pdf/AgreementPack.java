package org.flipside.pdf;

import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Agreement;
import org.flipside.model.MeetingFormat;
import org.flipside.model.Meetings;
import org.flipside.model.Scheme;
import org.flipside.model.Support;
import org.flipside.plan.MeetingPlan;
import org.flipside.plan.Plan;

/**
 * The mentoring agreement ({@code agreement.pdf}): every clause, the meeting arrangements, the support contacts,
 * and fields to fill in on screen or with a pen. Field names are listed by {@link #fieldNames(Plan)} and in the
 * README.
 */
public final class AgreementPack {

    private AgreementPack() {}

    /**
     * The AcroForm field names of the agreement, in page order: {@code mentor_name}, {@code mentee_name},
     * {@code buddy_name} (when the scheme has buddies), {@code start_date}, {@code review_date},
     * {@code shared_goals}, {@code off_limits}, then {@code ROLE_print_name}, {@code ROLE_signature} and
     * {@code ROLE_date} for each role in {@code agreement.signatories}. All are text fields.
     */
    public static List<String> fieldNames(Plan plan) {
        return List.copyOf(fields(plan).keySet());
    }

    /**
     * Writes an agreement with some fields already filled in (for example the names of a matched pair); every
     * field stays fillable.
     *
     * @param prefill field name to value; names as in {@link #fieldNames(Plan)}
     * @return warnings (characters no font can draw, an unreadable logo); empty when there are none
     * @throws IllegalArgumentException when {@code prefill} names a field the agreement does not have
     * @throws IOException              when the file cannot be written
     */
    public static List<Problem> writeAgreement(Plan plan, Path projectRoot, Path file, Map<String, String> prefill)
            throws IOException {
        List<String> names = fieldNames(plan);
        List<String> unknown = prefill.keySet().stream().filter(k -> !names.contains(k)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("The agreement has no field " + String.join(", ", unknown)
                    + "; its fields are " + String.join(", ", names));
        }
        PackContext context = new PackContext(plan, projectRoot);
        write(context, file, prefill);
        List<Problem> warnings = new ArrayList<>(context.warnings);
        warnings.addAll(context.glyphs.warnings(plan.scheme().sources().file()));
        return warnings;
    }

    static void write(PackContext context, Path file, Map<String, String> prefill) throws IOException {
        Scheme scheme = context.scheme;
        try (PackDocument pdf = new PackDocument(context, file, "Mentoring agreement: " + context.schemeName(),
                "The mentoring agreement of " + context.schemeName() + ", to fill in and sign")) {
            Forms forms = new Forms(pdf);
            Map<String, String> labels = fields(context.plan);
            Covers.titleBlock(pdf, "Mentoring agreement", context.schemeName()
                    + (scheme.scheme().cohort() == null ? "" : " · cohort " + scheme.scheme().cohort()));
            pdf.paragraph("This agreement is between a mentor and a mentee taking part in " + context.schemeName()
                    + ". Read it together at your first meeting, change nothing you both do not agree to, and each keep a"
                    + " signed copy. Fill it in on screen or print it and write on the lines.");

            pdf.heading(pdf.root, 2, "About our partnership", true);
            PdfStructureElement about = pdf.struct(pdf.root, PdfName.SECT);
            List<Forms.LineField> names = new ArrayList<>();
            names.add(line("mentor_name", labels, prefill));
            names.add(line("mentee_name", labels, prefill));
            if (labels.containsKey("buddy_name")) names.add(line("buddy_name", labels, prefill));
            forms.lineRow(about, names);
            forms.lineRow(about, List.of(line("start_date", labels, prefill), line("review_date", labels, prefill)));
            forms.box(about, labels.get("shared_goals"), "shared_goals", "What we both want from the partnership", 5,
                    prefill.get("shared_goals"));
            forms.box(about, labels.get("off_limits"), "off_limits", "Topics that are off limits", 4,
                    prefill.get("off_limits"));

            pdf.heading(pdf.root, 2, "What we agree", true);
            int n = 1;
            for (Agreement.Clause clause : scheme.agreement().clauses()) {
                PdfStructureElement sect = pdf.struct(pdf.root, PdfName.SECT);
                pdf.heading(sect, 3, n++ + ". " + clause.title(), false);
                for (String para : clause.text().strip().split("\\n\\s*\\n")) pdf.paragraph(sect, para.strip());
            }

            pdf.heading(pdf.root, 2, "How we will meet", true);
            meetings(pdf, context.plan);

            pdf.heading(pdf.root, 2, "Where to find support", true);
            support(pdf, scheme.support());

            pdf.newPage();
            pdf.heading(pdf.root, 2, "Signatures", true);
            pdf.paragraph("By signing, we agree to keep to this agreement, and either of us may end the partnership at"
                    + " any time without giving a reason.");
            for (String role : scheme.agreement().signatories()) {
                PdfStructureElement block = pdf.struct(pdf.root, PdfName.SECT);
                pdf.keep(100);
                pdf.heading(block, 3, PackContext.roleTitle(role), false);
                forms.lineRow(block, List.of(line(role + "_print_name", labels, prefill),
                        line(role + "_signature", labels, prefill), line(role + "_date", labels, prefill)));
            }
        }
    }

    static void meetings(PackDocument pdf, Plan plan) {
        Meetings m = plan.scheme().meetings();
        List<String> facts = new ArrayList<>();
        facts.add(m.count() + " meetings, every " + m.everyWeeks() + " weeks, of about " + m.minutes() + " minutes each.");
        if (!m.formats().isEmpty()) {
            facts.add("We may meet " + m.formats().stream().map(AgreementPack::format).collect(Collectors.joining(" or ")) + ".");
        }
        if (m.venue() != null) facts.add("Where: " + m.venue() + ".");
        if (m.firstContact() != null) {
            facts.add("The " + m.firstContact().key() + " makes first contact to arrange the first meeting.");
        }
        if (m.agendaOwner() != null) {
            facts.add(switch (m.agendaOwner()) {
                case SHARED -> "We set the agenda together.";
                default -> "The " + m.agendaOwner().key() + " sets the agenda for each meeting.";
            });
        }
        pdf.bullets(pdf.root, facts);
        if (!plan.meetings().isEmpty()) {
            pdf.text(pdf.root, PdfName.P, pdf.fonts.phrase("Planned meeting dates (arrange a time in that week):",
                    Fonts.Style.BOLD, PackDocument.BODY, Brand.INK), 0, PackDocument.LEADING, 4, 3);
            PdfStructureElement list = pdf.struct(pdf.root, PdfName.L);
            for (MeetingPlan meeting : plan.meetings()) {
                Phrase body = pdf.body(PackContext.longDate(meeting.date())
                        + (meeting.theme() == null ? "" : " — " + meeting.theme().title()));
                pdf.listItem(list, String.valueOf(meeting.number()), body, 0);
            }
            pdf.y -= 4;
        }
    }

    static void support(PackDocument pdf, Support support) {
        List<String> lines = new ArrayList<>();
        for (Support.Signpost s : support.signposting()) {
            StringBuilder line = new StringBuilder(s.name());
            if (s.description() != null) line.append(": ").append(s.description().strip());
            if (s.phone() != null) line.append(" Phone ").append(s.phone()).append('.');
            if (s.email() != null) line.append(" Email ").append(s.email()).append('.');
            if (s.url() != null) line.append(" ").append(s.url());
            if (s.checked() != null) line.append(" (details checked ").append(PackContext.shortDate(s.checked())).append(")");
            lines.add(line.toString());
        }
        pdf.bullets(pdf.root, lines);
        if (!support.escalation().isEmpty()) {
            pdf.text(pdf.root, PdfName.P, pdf.fonts.phrase("If something goes wrong:", Fonts.Style.BOLD,
                    PackDocument.BODY, Brand.INK), 0, PackDocument.LEADING, 2, 3);
            pdf.bullets(pdf.root, support.escalation().stream()
                    .map(r -> r.concern() + ": " + r.contact()).toList());
        }
    }

    static String format(MeetingFormat format) {
        return switch (format) {
            case IN_PERSON -> "in person";
            case ONLINE -> "online";
            case PHONE -> "by phone";
            case HYBRID -> "in a hybrid way";
        };
    }

    private static Forms.LineField line(String name, Map<String, String> labels, Map<String, String> prefill) {
        String tooltip = labels.get(name);
        String label = tooltip.contains(": ") ? tooltip.substring(tooltip.indexOf(": ") + 2) : tooltip;
        return new Forms.LineField(Character.toUpperCase(label.charAt(0)) + label.substring(1), name, tooltip,
                prefill.get(name));
    }

    /** Field name → printed label, in page order. */
    private static Map<String, String> fields(Plan plan) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("mentor_name", "Mentor's name");
        fields.put("mentee_name", "Mentee's name");
        if (plan.scheme().people().buddies() != null || plan.scheme().agreement().signatories().contains("buddy")) {
            fields.put("buddy_name", "Support buddy's name");
        }
        fields.put("start_date", "Start date");
        fields.put("review_date", "Review date");
        fields.put("shared_goals", "What we both want from the partnership");
        fields.put("off_limits", "Topics that are off limits");
        for (String role : plan.scheme().agreement().signatories()) {
            String title = PackContext.roleTitle(role);
            fields.put(role + "_print_name", title + ": name in capitals");
            fields.put(role + "_signature", title + ": signature");
            fields.put(role + "_date", title + ": date");
        }
        return fields;
    }
}
