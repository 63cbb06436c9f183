package org.flipside.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flipside.model.Handbook;
import org.flipside.plan.Chapter;

/**
 * The full handbook ({@code handbook.pdf}): a cover, a contents page with page numbers, then every chapter in
 * the plan's order, from the same Markdown as the website plus the generated chapters. It is laid out twice:
 * the first pass finds the page each chapter starts on, the second prints those numbers in the contents.
 */
final class HandbookPack {

    private HandbookPack() {}

    static void write(PackContext context, Path file, List<String> downloads) throws IOException {
        int[] pages = layout(context, file, downloads, null, true);
        layout(context, file, downloads, pages, false);
    }

    /** Lays the handbook out; returns the page each chapter starts on. */
    private static int[] layout(PackContext context, Path file, List<String> downloads, int[] pageNumbers,
                                boolean discard) throws IOException {
        List<Chapter> chapters = context.plan.chapters();
        int[] starts = new int[chapters.size()];
        int warningsBefore = context.warnings.size();
        try (PackDocument pdf = new PackDocument(context, file, context.schemeName() + ": handbook",
                "The handbook of " + context.schemeName() + " for everyone taking part")) {
            if (discard) pdf.discardOnClose();
            cover(pdf, context);
            contents(pdf, chapters, pageNumbers);
            for (int i = 0; i < chapters.size(); i++) {
                pdf.newPage();
                starts[i] = pdf.pageNumber();
                chapter(pdf, chapters.get(i), downloads);
            }
        }
        if (discard) {
            // The first pass only measures; its warnings come again from the second.
            while (context.warnings.size() > warningsBefore) context.warnings.remove(context.warnings.size() - 1);
        }
        return starts;
    }

    private static void cover(PackDocument pdf, PackContext context) {
        var details = context.scheme.scheme();
        Covers.coverPage(pdf, "Handbook", context.schemeName()
                + (details.cohort() == null ? "" : " · cohort " + details.cohort()));
        if (details.summary() != null) {
            pdf.text(pdf.root, PdfName.P, pdf.fonts.phrase(details.summary().strip(), Fonts.Style.REGULAR, 12.5f, Brand.INK),
                    0, 18, 0, 14);
        }
        pdf.text(pdf.root, PdfName.P, pdf.fonts.phrase("Edition of " + PackContext.longDate(context.plan.buildDate())
                + ". The website version of this handbook has the same chapters.", Fonts.Style.ITALIC, 9.5f, Brand.MUTED),
                0, 13, 0, 6);
        pdf.text(pdf.root, PdfName.P, pdf.fonts.phrase(context.supportLine(), Fonts.Style.BOLD, 9.5f,
                pdf.brand.primaryText), 0, 13, 0, 6);
    }

    private static void contents(PackDocument pdf, List<Chapter> chapters, int[] pageNumbers) {
        pdf.newPage();
        pdf.heading(pdf.root, 1, "Contents", true);
        PdfStructureElement toc = pdf.struct(pdf.root, PdfName.TOC);
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = chapters.get(i);
            String number = pageNumbers == null ? "" : String.valueOf(pageNumbers[i]);
            pdf.keep(24);
            PdfStructureElement item = pdf.struct(toc, PdfName.TOCI);
            float top = pdf.y;
            Phrase title = new Phrase();
            title.add(pdf.chunk((i + 1) + "   ", Fonts.Style.BOLD, 11, pdf.brand.accentText));
            title.add(pdf.chunk(chapter.title(), Fonts.Style.REGULAR, 11, Brand.INK));
            PdfStructureElement label = pdf.struct(item, new PdfName("Reference"));
            float after = pdf.writeAt(label, title, pdf.left, pdf.bottom, pdf.right - 40, top, 15, Element.ALIGN_LEFT);
            PdfStructureElement page = pdf.struct(item, new PdfName("Reference"));
            pdf.writeAt(page, pdf.fonts.phrase(number.isEmpty() ? " " : number, Fonts.Style.BOLD, 11, pdf.brand.primaryText),
                    pdf.right - 40, pdf.bottom, pdf.right, top, 15, Element.ALIGN_RIGHT);
            float ruleY = after - 5;
            pdf.artifact(cb -> {
                cb.setColorStroke(Brand.RULE);
                cb.setLineWidth(0.5f);
                cb.moveTo(pdf.left, ruleY);
                cb.lineTo(pdf.right, ruleY);
                cb.stroke();
            });
            pdf.y = ruleY - 6;
        }
    }

    private static void chapter(PackDocument pdf, Chapter chapter, List<String> downloads) {
        PdfStructureElement sect = pdf.struct(pdf.root, PdfName.SECT);
        pdf.heading(sect, 1, chapter.title(), true);
        if (chapter.summary() != null && !chapter.summary().isBlank()) {
            pdf.text(sect, PdfName.P, pdf.fonts.phrase(chapter.summary().strip(), Fonts.Style.ITALIC, 12, Brand.MUTED),
                    0, 17, 0, 10);
        }
        new MarkdownPdf(pdf, chapter.sourceFile(), 2).render(sect, chapter.markdown());
        if (chapter.generated() && Handbook.BUILT_IN_CHAPTERS.contains(chapter.slug())) {
            new MarkdownPdf(pdf, "scheme.yml", 2).render(sect,
                    GeneratedChapters.markdown(chapter.slug(), pdf.context.plan, downloads));
        }
    }

    static List<String> downloadLines(List<org.flipside.plan.Download> downloads) {
        List<String> lines = new ArrayList<>();
        for (var d : downloads) lines.add(d.title() + " (" + d.fileName() + "): " + d.description());
        return lines;
    }
}
