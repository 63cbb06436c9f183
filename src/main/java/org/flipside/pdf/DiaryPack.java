package org.flipside.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.flipside.model.Diary;
import org.flipside.plan.MeetingPlan;
import org.flipside.plan.MilestonePlan;

/**
 * The reflective diary ({@code diary.pdf}): a cover with how to use it and whose it is, one page per meeting
 * (its date, its theme, each diary prompt with a field to write in), then one page per checkpoint.
 * Fields: {@code meetingN_date}, {@code meetingN_place}, {@code meetingN_K} (prompt K of meeting N), {@code CHECKPOINT_K}.
 */
final class DiaryPack {

    private DiaryPack() {}

    static void write(PackContext context, Path file) throws IOException {
        Diary diary = context.scheme.diary();
        try (PackDocument pdf = new PackDocument(context, file, "Reflective diary: " + context.schemeName(),
                "A private diary to reflect after each meeting of " + context.schemeName())) {
            Forms forms = new Forms(pdf);
            Covers.coverPage(pdf, "Reflective diary", context.schemeName());
            pdf.heading(pdf.root, 2, "How to use this diary", false);
            pdf.paragraph("After each meeting, take ten quiet minutes with the page for that meeting. Write what"
                    + " stood out while it is fresh: short notes are enough. You can type into the boxes on screen"
                    + " or print the diary and write by hand. At the midpoint and at the end, the checkpoint pages"
                    + " help you look back over what has changed.");
            pdf.heading(pdf.root, 2, "This diary belongs to you", false);
            pdf.paragraph("Nobody else reads it unless you choose to share it. It is not collected, assessed or"
                    + " kept by " + context.organisationName() + ". If you share an insight with your partner or"
                    + " in an evaluation, share only what you are comfortable with.");
            pdf.newPage();

            for (MeetingPlan meeting : context.plan.meetings()) {
                String title = "Meeting " + meeting.number()
                        + (meeting.theme() == null ? "" : ": " + meeting.theme().title());
                pdf.heading(pdf.root, 2, title, true);
                pdf.text(pdf.root, PdfName.P, pdf.fonts.phrase("Planned for the week of "
                        + PackContext.longDate(meeting.date()), Fonts.Style.BOLD, 10, pdf.brand.primaryText), 0, 14, 0, 6);
                PdfStructureElement page = pdf.struct(pdf.root, PdfName.SECT);
                forms.lineRow(page, List.of(
                        new Forms.LineField("Date we met", "meeting" + meeting.number() + "_date",
                                "Meeting " + meeting.number() + ": date we met", null),
                        new Forms.LineField("Where we met", "meeting" + meeting.number() + "_place",
                                "Meeting " + meeting.number() + ": where we met", null)));
                prompts(pdf, forms, page, diary.prompts(), "meeting" + meeting.number(), "Meeting " + meeting.number());
                pdf.newPage();
            }
            for (int i = 0; i < diary.checkpoints().size(); i++) {
                Diary.Checkpoint checkpoint = diary.checkpoints().get(i);
                String name = checkpointTitle(checkpoint.id());
                pdf.heading(pdf.root, 2, name, true);
                String when = context.plan.milestones().stream()
                        .filter(m -> m.milestone().id().equals(checkpoint.id())).map(MilestonePlan::date)
                        .findFirst().map(d -> "Around " + PackContext.longDate(d) + ". ").orElse("");
                pdf.paragraph(when + "Read back through your meeting pages before you answer.");
                PdfStructureElement page = pdf.struct(pdf.root, PdfName.SECT);
                prompts(pdf, forms, page, checkpoint.prompts(), checkpoint.id(), name);
                if (i < diary.checkpoints().size() - 1) pdf.newPage();
            }
        }
    }

    /** Each prompt with a writing box; the boxes share what is left of the page. */
    private static void prompts(PackDocument pdf, Forms forms, PdfStructureElement parent, List<String> prompts,
                                String prefix, String label) {
        if (prompts.isEmpty()) return;
        float available = pdf.y - pdf.bottom - 10;
        int lines = (int) Math.floor((available / prompts.size() - 34) / 22);
        lines = Math.max(2, Math.min(9, lines));
        for (int k = 0; k < prompts.size(); k++) {
            forms.box(parent, prompts.get(k), prefix + "_" + (k + 1), label + ": " + prompts.get(k), lines, null);
        }
    }

    static String checkpointTitle(String id) {
        return switch (id) {
            case "midpoint" -> "Midpoint checkpoint";
            case "final" -> "Final checkpoint";
            default -> Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('_', ' ').replace('-', ' ') + " checkpoint";
        };
    }
}
