package org.flipside.pdf;

import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flipside.model.Evaluation;
import org.flipside.model.Instrument;
import org.flipside.model.Moment;

/**
 * The evaluation surveys ({@code survey-MOMENT.pdf}): for each moment that a survey measure is due, its items,
 * each a 1 to 5 scale (an item written with "(1-5)" or "(1–5)") or a text box, and the anonymity and minimum
 * group size statement.
 *
 * <p>Fields: {@code role} (radio: {@code mentor}, {@code mentee}, {@code other}); {@code MEASURE_N} for item N
 * of a measure (scale: radio group exporting 1..5; other items: multi-line text); {@code comments}.
 */
final class SurveyPack {

    private static final Pattern SCALE = Pattern.compile("\\s*\\(\\s*1\\s*[-\u2013\u2014]\\s*5\\s*\\)\\s*$");

    private SurveyPack() {}

    /** The moments with at least one survey item due, in the order baseline, midpoint, final, follow-up. */
    static List<Moment> moments(Evaluation evaluation) {
        List<Moment> moments = new ArrayList<>();
        for (Moment moment : Moment.values()) {
            if (!measures(evaluation, moment).isEmpty()) moments.add(moment);
        }
        return moments;
    }

    static String fileName(Moment moment) {
        return "survey-" + moment.key().replace('_', '-') + ".pdf";
    }

    static String title(Moment moment) {
        return switch (moment) {
            case BASELINE -> "Baseline survey";
            case MIDPOINT -> "Midpoint survey";
            case FINAL -> "Final survey";
            case FOLLOW_UP -> "Follow-up survey";
        };
    }

    static List<Evaluation.Measure> measures(Evaluation evaluation, Moment moment) {
        return evaluation.measures().stream()
                .filter(m -> m.instrument() == Instrument.SURVEY && m.when().contains(moment) && !m.items().isEmpty())
                .toList();
    }

    static void write(PackContext context, Path file, Moment moment) throws IOException {
        Evaluation evaluation = context.scheme.evaluation();
        String title = title(moment);
        try (PackDocument pdf = new PackDocument(context, file, title + ": " + context.schemeName(),
                "The " + title.toLowerCase(java.util.Locale.UK) + " of " + context.schemeName())) {
            Forms forms = new Forms(pdf);
            Covers.titleBlock(pdf, title, context.schemeName());
            pdf.paragraph(intro(moment) + " It takes about five minutes.");
            Phrase anonymity = new Phrase();
            anonymity.add(pdf.chunk("Your answers are anonymous. ", Fonts.Style.BOLD, PackDocument.BODY, pdf.brand.primaryText));
            anonymity.add(pdf.chunk("Do not write your name on this survey. Results are only ever reported for groups of at least "
                    + evaluation.reporting().minGroupSize() + " people, so no answer can be traced back to you"
                    + audience(evaluation.reporting().audience()) + ".", Fonts.Style.REGULAR, PackDocument.BODY, Brand.INK));
            pdf.text(pdf.root, PdfName.P, anonymity, 0, PackDocument.LEADING, 0, 10);

            pdf.heading(pdf.root, 2, "About you", true);
            PdfStructureElement about = pdf.struct(pdf.root, PdfName.SECT);
            pdf.text(about, PdfName.P, pdf.fonts.phrase("I took part as a", Fonts.Style.BOLD, 11, Brand.INK), 0, 15, 2, 2);
            forms.choices(about, "role", "I took part as a", List.of("Mentor", "Mentee", "Other"), false);

            pdf.heading(pdf.root, 2, "Your views", true);
            pdf.note(pdf.root, "For each statement, choose a number from 1 (strongly disagree) to 5 (strongly agree).");
            int n = 1;
            for (Evaluation.Measure measure : measures(evaluation, moment)) {
                for (int i = 0; i < measure.items().size(); i++) {
                    PdfStructureElement sect = pdf.struct(pdf.root, PdfName.SECT);
                    String item = measure.items().get(i);
                    Matcher scale = SCALE.matcher(item);
                    String text = scale.find() ? item.substring(0, scale.start()).strip() : item.strip();
                    pdf.keep(scale.find(0) ? 70 : 130);
                    pdf.text(sect, PdfName.H3, pdf.fonts.phrase(n++ + ". " + text, Fonts.Style.BOLD, 11, Brand.INK), 0, 15, 6, 4);
                    String name = measure.id() + "_" + (i + 1);
                    if (SCALE.matcher(item).find()) forms.scale(sect, name, text, "strongly disagree", "strongly agree");
                    else forms.box(sect, "Your answer", name, text, 3, null);
                }
            }
            pdf.heading(pdf.root, 2, "Anything else?", true);
            forms.box(pdf.root, "Anything else you would like to tell us", "comments", "Anything else you would like to tell us", 4, null);
        }
    }

    /** The one line the downloads page shows for this survey. */
    static String description(Moment moment) {
        String when = switch (moment) {
            case BASELINE -> "before the first meeting";
            case MIDPOINT -> "halfway through the meetings";
            case FINAL -> "after the last meeting";
            case FOLLOW_UP -> "a few months after the scheme";
        };
        return "The anonymous evaluation survey " + when + ", as a fillable form.";
    }

    private static String intro(Moment moment) {
        return switch (moment) {
            case BASELINE -> "Please answer before your first meeting, so that we can see later what has changed.";
            case MIDPOINT -> "Please answer halfway through the meetings, so that we can adjust while there is time.";
            case FINAL -> "Please answer after your last meeting, so that we learn what the scheme changed.";
            case FOLLOW_UP -> "Please answer a few months after the scheme ended, so that we learn what lasted.";
        };
    }

    private static String audience(List<String> audience) {
        if (audience.isEmpty()) return "";
        List<String> names = audience.stream().map(a -> switch (a) {
            case "sponsor" -> "the scheme's sponsor";
            case "participants" -> "everyone who took part";
            case "board", "leadership" -> "the leadership team";
            default -> a.replace('_', ' ');
        }).toList();
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return ". Grouped results are shared with " + joined;
    }
}
