package org.flipside.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfStructureElement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.flipside.model.Handbook;
import org.flipside.plan.Chapter;

/**
 * The full handbook ({@code handbook.pdf}): a cover, a contents page with page numbers, then every chapter in
 * the plan's order, from the same Markdown as the website plus the generated chapters.
 *
 * <p>It is laid out once. The contents pages are written last, when every chapter's first page is known, and
 * then moved behind the cover; the footers already count them, because how many pages the contents take is
 * measured first by laying out the cover and contents alone, a small fraction of the whole (the page numbers
 * sit in a column of their own, so they never change where a line breaks). The contents' heading, structure
 * element and bookmark are placed where a reader expects them, before the first chapter.
 */
final class HandbookPack {

    private HandbookPack() {}

    static void write(PackContext context, Path file, List<String> downloads) throws IOException {
        List<Chapter> chapters = context.plan.chapters();
        int contentsPages = contentsPages(context, file, chapters);
        try (PackDocument pdf = new PackDocument(context, file, context.schemeName() + ": handbook",
                "The handbook of " + context.schemeName() + " for everyone taking part")) {
            pdf.allowPageMoves();
            cover(pdf, context);
            int coverPages = pdf.pageNumber();
            PdfStructureElement contentsPart = pdf.struct(pdf.root, PdfName.DIV);
            int contentsBookmark = pdf.writer.getRootOutline().getKids().size();
            int[] starts = new int[chapters.size()];
            pdf.printPagesAs(page -> page <= coverPages ? page : page + contentsPages);
            PdfStructureElement finished = null;
            for (int i = 0; i < chapters.size(); i++) {
                pdf.newPage();
                if (finished != null) pdf.writeStructure(finished);
                starts[i] = pdf.pageNumber() + contentsPages;
                finished = chapter(pdf, chapters.get(i), downloads);
            }
            pdf.newPage();
            if (finished != null) pdf.writeStructure(finished);
            int lastChapterPage = pdf.pageNumber() - 1;
            int moved = lastChapterPage - coverPages;
            pdf.printPagesAs(page -> page <= coverPages ? page : page <= lastChapterPage ? page + contentsPages : page - moved);
            contents(pdf, contentsPart, chapters, starts);
            List<PdfOutline> bookmarks = pdf.writer.getRootOutline().getKids();
            bookmarks.add(contentsBookmark, bookmarks.remove(bookmarks.size() - 1));
            pdf.newPage();
            int written = pdf.pageNumber() - 1 - lastChapterPage;
            if (written != contentsPages) {
                throw new IllegalStateException("the handbook's contents took " + written + " pages, measured " + contentsPages);
            }
            int[] order = new int[pdf.pageNumber() - 1];
            int k = 0;
            for (int page = 1; page <= coverPages; page++) order[k++] = page;
            for (int page = lastChapterPage + 1; page <= lastChapterPage + contentsPages; page++) order[k++] = page;
            for (int page = coverPages + 1; page <= lastChapterPage; page++) order[k++] = page;
            pdf.movePages(order);
        }
    }

    /** How many pages the contents take, from laying out the cover and the contents alone. */
    private static int contentsPages(PackContext context, Path file, List<Chapter> chapters) throws IOException {
        int warningsBefore = context.warnings.size();
        int pages;
        try (PackDocument pdf = new PackDocument(context, file, "measure", "measure")) {
            pdf.discardOnClose();
            cover(pdf, context);
            int coverPages = pdf.pageNumber();
            contents(pdf, pdf.root, chapters, null);
            pages = pdf.pageNumber() - coverPages;
        }
        // Measuring only; the same warnings come again from the real layout.
        while (context.warnings.size() > warningsBefore) context.warnings.remove(context.warnings.size() - 1);
        return pages;
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

    private static void contents(PackDocument pdf, PdfStructureElement parent, List<Chapter> chapters, int[] pageNumbers) {
        pdf.newPage();
        pdf.heading(parent, 1, "Contents", true);
        PdfStructureElement toc = pdf.struct(parent, PdfName.TOC);
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

    /** Writes one chapter from a new page; returns its structure element. */
    private static PdfStructureElement chapter(PackDocument pdf, Chapter chapter, List<String> downloads) {
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
        return sect;
    }
}
