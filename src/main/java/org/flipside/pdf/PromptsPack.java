package org.flipside.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.flipside.model.Theme;
import org.flipside.plan.MeetingPlan;

/**
 * The meeting prompts ({@code prompts.pdf}): one card-like page per theme with its meeting and date, the
 * "before you meet" note, and the prompts for the mentor, the mentee and both.
 */
final class PromptsPack {

    private PromptsPack() {}

    static void write(PackContext context, Path file) throws IOException {
        try (PackDocument pdf = new PackDocument(context, file, "Meeting prompts: " + context.schemeName(),
                "Conversation prompts for each meeting theme of " + context.schemeName())) {
            List<Theme> themes = context.scheme.themes();
            for (int i = 0; i < themes.size(); i++) {
                if (i > 0) pdf.newPage();
                card(pdf, context, themes.get(i), i + 1, themes.size());
            }
        }
    }

    private static void card(PackDocument pdf, PackContext context, Theme theme, int index, int count) {
        float pad = 22;
        float cardTop = pdf.y + 10;
        float cardBottom = pdf.bottom - 6;
        Color onBand = Brand.on(pdf.brand.primary);
        String kicker = "Theme " + index + " of " + count;
        MeetingPlan meeting = meetingFor(context, theme);
        if (meeting != null) {
            kicker = "Meeting " + meeting.number() + " · week of " + PackContext.longDate(meeting.date());
        }
        Phrase title = pdf.fonts.phrase(theme.title(), Fonts.Style.SERIF_BOLD, 24, onBand);
        float titleHeight = pdf.measure(title, pdf.width() - 2 * pad, 29);
        float bandBottom = cardTop - 34 - titleHeight - 18;
        pdf.artifact(cb -> {
            cb.setColorStroke(Brand.RULE);
            cb.setLineWidth(1);
            cb.roundRectangle(pdf.left, cardBottom, pdf.width(), cardTop - cardBottom, 10);
            cb.stroke();
            cb.setColorFill(pdf.brand.primary);
            cb.roundRectangle(pdf.left, bandBottom, pdf.width(), cardTop - bandBottom, 10);
            cb.fill();
            cb.rectangle(pdf.left, bandBottom, pdf.width(), 12);
            cb.fill();
            cb.setColorFill(pdf.brand.accent);
            cb.rectangle(pdf.left, bandBottom - 4, pdf.width(), 4);
            cb.fill();
        });
        PdfStructureElement sect = pdf.struct(pdf.root, PdfName.SECT);
        PdfStructureElement kick = pdf.struct(sect, PdfName.P);
        pdf.writeAt(kick, pdf.fonts.phrase(kicker.toUpperCase(java.util.Locale.UK), Fonts.Style.BOLD, 9, onBand),
                pdf.left + pad, bandBottom, pdf.right - pad, cardTop - 14, 12, Element.ALIGN_LEFT);
        pdf.y = cardTop - 32;
        pdf.bookmark(1, theme.title());
        PdfStructureElement h1 = pdf.struct(sect, PdfName.H1);
        pdf.writeAt(h1, title, pdf.left + pad, bandBottom, pdf.right - pad, cardTop - 32, 29, Element.ALIGN_LEFT);

        Inset inset = new Inset(pdf, pad);
        pdf.y = bandBottom - 22;
        if (theme.summary() != null) {
            inset.run(() -> pdf.text(sect, PdfName.P, pdf.fonts.phrase(theme.summary(), Fonts.Style.ITALIC, 12,
                    Brand.INK), 0, 17, 0, 10));
        }
        if (theme.before() != null) {
            inset.run(() -> {
                pdf.text(sect, PdfName.H2, pdf.fonts.phrase("Before you meet", Fonts.Style.BOLD, 11,
                        pdf.brand.accentText), 0, 15, 2, 2);
                pdf.text(sect, PdfName.P, pdf.body(theme.before()), 0, PackDocument.LEADING, 0, 8);
            });
        }
        group(pdf, inset, sect, "For the mentor", theme.prompts().mentor());
        group(pdf, inset, sect, "For the mentee", theme.prompts().mentee());
        group(pdf, inset, sect, "To explore together", theme.prompts().both());
        notes(pdf, inset, sect, cardBottom);
    }

    /** Ruled lines for notes in whatever room the card has left. */
    private static void notes(PackDocument pdf, Inset inset, PdfStructureElement sect, float cardBottom) {
        float spacing = 22;
        if (pdf.y - cardBottom < 3 * spacing + 30) return;
        inset.run(() -> {
            pdf.text(sect, PdfName.P, pdf.fonts.phrase("Notes", Fonts.Style.BOLD, 11, pdf.brand.primaryText), 0, 15, 14, 0);
            float top = pdf.y;
            float left = pdf.left;
            float right = pdf.right;
            pdf.artifact(cb -> {
                cb.setColorStroke(Brand.RULE);
                cb.setLineWidth(0.6f);
                for (float lineY = top - spacing; lineY > cardBottom + 16; lineY -= spacing) {
                    cb.moveTo(left, lineY);
                    cb.lineTo(right, lineY);
                }
                cb.stroke();
            });
        });
    }

    private static void group(PackDocument pdf, Inset inset, PdfStructureElement sect, String heading, List<String> prompts) {
        if (prompts.isEmpty()) return;
        inset.run(() -> {
            pdf.text(sect, PdfName.H2, pdf.fonts.phrase(heading, Fonts.Style.BOLD, 11, pdf.brand.primaryText), 0, 15,
                    8, 3);
            PdfStructureElement list = pdf.struct(sect, PdfName.L);
            for (String prompt : prompts) {
                pdf.listItem(list, "?", pdf.fonts.phrase(prompt, Fonts.Style.REGULAR, 12, Brand.INK), 0);
                pdf.y -= 3;
            }
        });
    }

    private static MeetingPlan meetingFor(PackContext context, Theme theme) {
        return context.plan.meetings().stream()
                .filter(m -> m.theme() != null && m.theme().id().equals(theme.id()))
                .findFirst().orElse(null);
    }

    /** Runs layout with the page's text column narrowed by the card's padding. */
    private record Inset(PackDocument pdf, float pad) {
        void run(Runnable layout) {
            pdf.indent(pad);
            try {
                layout.run();
            } finally {
                pdf.indent(-pad);
            }
        }
    }
}
