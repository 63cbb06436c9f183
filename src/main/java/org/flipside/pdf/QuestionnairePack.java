package org.flipside.pdf;

import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flipside.model.Audience;
import org.flipside.model.Matching;
import org.flipside.model.Privacy;

/**
 * The matching questionnaires ({@code questionnaire-mentor.pdf}, {@code questionnaire-mentee.pdf}): the
 * questions for that audience as form fields of the right kind, the matching rules in plain words, and every
 * sensitive question marked as seen only by the matcher. These two files are the only packs that carry
 * sensitive questions.
 *
 * <p>Fields: {@code respondent_name}; then per question {@code ID} (text and long text: text field; single
 * choice: radio group exporting the option's slug; scale: radio group exporting 1..5) or {@code ID.OPTION-SLUG}
 * (multiple choice: one tick box per option, on value {@code Yes}).
 */
final class QuestionnairePack {

    static final String SEEN_ONLY_BY_MATCHER = "Seen only by the matcher";

    private QuestionnairePack() {}

    static List<String> audiences() {
        return List.of("mentor", "mentee");
    }

    static void write(PackContext context, Path file, String audience) throws IOException {
        Matching matching = context.scheme.matching();
        String who = audience.equals("mentor") ? "mentors" : "mentees";
        try (PackDocument pdf = new PackDocument(context, file, "Matching questionnaire for " + who + ": "
                + context.schemeName(), "The questions " + who + " answer so that " + context.schemeName()
                + " can match them well")) {
            Forms forms = new Forms(pdf);
            Covers.titleBlock(pdf, "Matching questionnaire for " + who, context.schemeName());
            pdf.paragraph("Your answers help us pair you with someone you can learn from and speak openly with."
                    + " Fill this in on screen or print it, then return it to "
                    + returnTo(context) + ".");

            pdf.heading(pdf.root, 2, "How matching works", true);
            pdf.bullets(pdf.root, MatchingRules.explain(matching));
            List<Matching.Question> questions = matching.questions().stream()
                    .filter(q -> q.audience() == Audience.BOTH || q.audience().key().equals(audience)).toList();
            if (questions.stream().anyMatch(Matching.Question::sensitive)) {
                pdf.text(pdf.root, PdfName.P, sensitiveNote(pdf, context), 0, PackDocument.LEADING, 2, 8);
            }

            pdf.heading(pdf.root, 2, "About you", true);
            forms.lineRow(pdf.root, List.of(new Forms.LineField("Your name", "respondent_name", "Your name", null)));

            pdf.heading(pdf.root, 2, "Your answers", true);
            int n = 1;
            for (Matching.Question q : questions) {
                PdfStructureElement sect = pdf.struct(pdf.root, PdfName.SECT);
                question(pdf, forms, sect, q, n++);
            }
        }
    }

    private static void question(PackDocument pdf, Forms forms, PdfStructureElement sect, Matching.Question q, int n) {
        float fieldHeight = switch (q.type()) {
            case LONG_TEXT -> 110;
            case TEXT -> 50;
            case SCALE -> 46;
            default -> 19 * ((q.options().size() + 1) / 2) + 8;
        };
        pdf.keep(30 + fieldHeight);
        Phrase text = new Phrase();
        text.add(pdf.chunk(n + ". " + q.text(), Fonts.Style.BOLD, 11, Brand.INK));
        if (q.required()) text.add(pdf.chunk("  (required)", Fonts.Style.REGULAR, 9, Brand.MUTED));
        if (q.type() == org.flipside.model.QuestionType.MULTI_CHOICE) {
            text.add(pdf.chunk("  Tick all that apply.", Fonts.Style.ITALIC, 9, Brand.MUTED));
        }
        pdf.text(sect, PdfName.H3, text, 0, 15, 6, 3);
        if (q.sensitive()) {
            pdf.text(sect, PdfName.P, pdf.fonts.phrase(SEEN_ONLY_BY_MATCHER
                    + ". You may leave this blank.", Fonts.Style.BOLD, 9, pdf.brand.accentText), 0, 12, 0, 4);
        }
        String tooltip = q.text();
        switch (q.type()) {
            case TEXT -> forms.lineRow(sect, List.of(new Forms.LineField("Your answer", q.id(), tooltip, null)));
            case LONG_TEXT -> forms.box(sect, "Your answer", q.id(), tooltip, 4, null);
            case SINGLE_CHOICE -> forms.choices(sect, q.id(), tooltip, q.options(), false);
            case MULTI_CHOICE -> forms.choices(sect, q.id(), tooltip, q.options(), true);
            case SCALE -> forms.scale(sect, q.id(), tooltip, "not at all", "very much");
        }
    }

    private static Phrase sensitiveNote(PackDocument pdf, PackContext context) {
        Matching matching = context.scheme.matching();
        Privacy privacy = context.scheme.privacy();
        String matcher = matching.matcher() == null ? "the person who matches pairs" : lowerFirst(matching.matcher());
        Phrase note = new Phrase();
        note.add(pdf.chunk(SEEN_ONLY_BY_MATCHER + ": ", Fonts.Style.BOLD, PackDocument.BODY, pdf.brand.accentText));
        note.add(pdf.chunk("questions marked this way are read by " + matcher + " and nobody else. Your answers never"
                + " appear on the scheme's website or in any report"
                + (privacy == null ? "." : ", and they are deleted " + privacy.retentionMonths()
                + " months after matching at the latest."), Fonts.Style.REGULAR, PackDocument.BODY, Brand.INK));
        return note;
    }

    private static String returnTo(PackContext context) {
        var lead = context.scheme.people().schemeLead();
        if (lead != null) return lead.name() + (lead.email() == null ? "" : " (" + lead.email() + ")");
        var contact = context.scheme.organisation().contact();
        return contact != null && contact.email() != null ? contact.email() : "the scheme lead";
    }

    static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    /** The rules, in words a participant understands. */
    static final class MatchingRules {
        private MatchingRules() {}

        static List<String> explain(Matching matching) {
            List<String> lines = new ArrayList<>();
            String matcher = matching.matcher() == null ? "the scheme lead" : lowerFirst(matching.matcher());
            lines.add(switch (matching.approach()) {
                case MANUAL -> "Pairs are made by hand: " + matcher + " reads every questionnaire and matches people.";
                case ALGORITHMIC -> "A computer suggests the best pairs from everyone's answers, following the rules below.";
                case HYBRID -> "A computer suggests pairs from everyone's answers, following the rules below, and "
                        + matcher + " checks every pair before anyone is told.";
            });
            for (Matching.Rule rule : matching.rules()) {
                String question = matching.questions().stream().filter(q -> q.id().equals(rule.question()))
                        .map(q -> "\u201C" + q.text() + "\u201D").findFirst().orElse(null);
                String weight = rule.weight() >= 3 ? " This matters a lot." : rule.weight() == 2 ? " This matters more than most." : "";
                lines.add(switch (rule.kind()) {
                    case NEVER_SAME_REPORTING_LINE -> "You will never be matched with someone in your own reporting line.";
                    case NEVER_SAME_TEAM -> "You will never be matched with someone from your own team.";
                    case NEVER_PREVIOUS_PAIR -> "You will not be matched with someone you have been paired with before.";
                    case PREFER_SHARED_ANSWERS -> rule.required()
                            ? "You will only be matched with someone who shares at least one of your answers to " + question + "."
                            : "We try to pair people who gave the same answers to " + question + "." + weight;
                    case PREFER_DIFFERENT_ANSWERS -> "We try to pair people who gave different answers to " + question
                            + ", so that each sees a different part of the organisation." + weight;
                });
            }
            if (matching.capacity() > 1) {
                lines.add("A mentor may be matched with up to " + matching.capacity() + " mentees.");
            }
            return lines;
        }
    }
}
