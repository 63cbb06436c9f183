package org.flipside.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;

/**
 * One PDF being written, top to bottom, with a cursor ({@link #y}) that moves down the page and breaks to a
 * new page when the next block does not fit. Every block is tagged as it is drawn (a structure element with
 * marked content), and everything decorative (rules, bands, running header and footer) is marked as an
 * artifact, which is what makes the packs readable by screen readers and pass PDF/UA-1 machine checks:
 * OpenPDF's own tagging leaves the structure tree empty.
 */
final class PackDocument implements AutoCloseable {

    static final PdfName ARTIFACT = new PdfName("Artifact");
    static final float BODY = 10.5f;
    static final float LEADING = 15f;
    static final float SMALL = 8.5f;

    final PackContext context;
    final Brand brand;
    final Fonts fonts;
    final Document document;
    final PdfWriter writer;
    final PdfStructureElement root;
    final String fileName;
    float left;
    float right;
    final float marginLeft;
    final float marginRight;
    final float top;
    final float bottom;

    float y;
    private boolean discard;
    /** Where link structure elements go: beside the paragraph being written. */
    PdfStructureElement linkParent;
    /** Whether the page being written gets the running header and footer (covers do not). */
    boolean decorated = true;

    private final Path file;
    /** Where the PDF is written until it is finished: streamed to disk, not held (a handbook can be 40 MB). */
    private final Path part;
    private final List<PdfOutline> outlineStack = new ArrayList<>();
    private IntUnaryOperator printedPage = IntUnaryOperator.identity();

    PackDocument(PackContext context, Path file, String title, String subject) throws IOException {
        this.context = context;
        this.brand = context.brand;
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.fonts = new Fonts(fileName, context.glyphs, context.fontPrograms);
        Rectangle size = context.pageSize();
        this.left = 62;
        this.right = size.getWidth() - 62;
        this.top = size.getHeight() - 78;
        this.bottom = 70;
        this.marginLeft = left;
        this.marginRight = right;
        this.document = new Document(size, left, size.getWidth() - right, size.getHeight() - top, bottom);
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        this.part = target.resolveSibling("." + fileName + ".part");
        try {
            this.writer = PdfWriter.getInstance(document, new BufferedOutputStream(Files.newOutputStream(part), 1 << 16));
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.setTabs(PdfName.S);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        Metadata.apply(writer, title, subject, context.organisationName(), context.language(),
                context.plan.buildDate(), fileName);
        writer.setPageEvent(new PageDecoration(this));
        document.open();
        root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        y = top;
    }

    /** Narrows (positive) or widens (negative) the text column on both sides. */
    void indent(float amount) {
        left += amount;
        right -= amount;
    }

    PdfContentByte canvas() {
        return writer.getDirectContent();
    }

    float width() {
        return right - left;
    }

    // ---- pages ----------------------------------------------------------------------------------------------

    void newPage() {
        document.newPage();
        decorated = true;
        y = top;
    }

    /** Starts a new page unless {@code height} still fits above the bottom margin. */
    void keep(float height) {
        if (y - height < bottom) newPage();
    }

    int pageNumber() {
        return writer.getPageNumber();
    }

    /** The numbering the footers print, from the page's number in writing order (pages moved later differ). */
    void printPagesAs(IntUnaryOperator numbering) {
        printedPage = numbering;
    }

    int printedPage(int writtenPage) {
        return printedPage.applyAsInt(writtenPage);
    }

    /** Lets {@link #movePages} reorder the pages; call before the first page is finished. */
    void allowPageMoves() {
        writer.setLinearPageMode();
    }

    /** Puts the finished pages in {@code order} (written page numbers, from 1); the current page must be empty. */
    void movePages(int[] order) {
        try {
            writer.reorderPages(order);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- tagging --------------------------------------------------------------------------------------------

    PdfStructureElement struct(PdfStructureElement parent, PdfName role) {
        return new PdfStructureElement(parent, role);
    }

    /**
     * Writes a finished part of the structure tree (a handbook chapter) into the file now and lets go of its
     * elements, so that a long document holds only the part being written: OpenPDF otherwise keeps every element
     * until it closes. Call once nothing more is tagged inside {@code part}, after the page it ends on is finished.
     * The file says the same as without it; only the order of its objects differs.
     */
    void writeStructure(PdfStructureElement part) throws IOException {
        if (!(part.get(PdfName.K) instanceof PdfArray kids) || kids.isEmpty() || kids.getPdfObject(0).isNumber()) return;
        WrittenKids written = new WrittenKids();
        for (PdfObject kid : kids.getElements()) {
            if (kid instanceof PdfStructureElement element) {
                writeSubtree(element);
                written.add(element.getReference());
            } else {
                written.add(kid);
            }
        }
        part.put(PdfName.K, written);
    }

    /** As OpenPDF's own final pass does: children first, each replaced by its reference, then the element. */
    private void writeSubtree(PdfStructureElement element) throws IOException {
        if (element.get(PdfName.K) instanceof PdfArray kids && !kids.isEmpty() && !kids.getPdfObject(0).isNumber()) {
            for (int k = 0; k < kids.size(); k++) {
                if (kids.getPdfObject(k) instanceof PdfStructureElement child) {
                    kids.set(k, child.getReference());
                    writeSubtree(child);
                }
            }
        }
        writer.addToBody(element, element.getReference());
    }

    /**
     * Children already written, as references. OpenPDF's final pass reads each child through
     * {@code getDirectObject}, which cannot resolve a writer's own reference; this hands the reference back as
     * it is, which that pass keeps.
     */
    private static final class WrittenKids extends PdfArray {
        @Override
        public PdfObject getDirectObject(int idx) {
            return getPdfObject(idx);
        }
    }

    /** Draws something that is decoration, not content: screen readers skip it. */
    void artifact(Consumer<PdfContentByte> draw) {
        PdfContentByte cb = canvas();
        cb.beginMarkedContentSequence(ARTIFACT);
        cb.saveState();
        draw.accept(cb);
        cb.restoreState();
        cb.endMarkedContentSequence();
    }

    /** Ties a widget annotation into the structure tree, as PDF/UA asks of form fields. */
    void tagWidget(PdfStructureElement parent, PdfAnnotation widget, String description) {
        PdfStructureElement form = struct(parent, PdfName.FORM);
        form.put(PdfName.ALT, unicode(description));
        widget.put(PdfName.TU, unicode(description));
        int key = writer.getStructureTreeRoot().addExistingObject(form.getReference());
        widget.put(PdfName.STRUCTPARENT, new PdfNumber(key));
        widget.put(PdfName.P, writer.getCurrentPage());
        PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
        objr.put(PdfName.OBJ, widget.getIndirectReference());
        objr.put(PdfName.PG, writer.getCurrentPage());
        form.put(PdfName.K, objr);
    }

    // ---- text -----------------------------------------------------------------------------------------------

    Chunk chunk(String text, Fonts.Style style, float size, Color colour) {
        return fonts.chunk(text, style, size, colour);
    }

    Phrase body(String text) {
        return fonts.phrase(text, Fonts.Style.REGULAR, BODY, Brand.INK);
    }

    /**
     * Writes {@code phrase} as one tagged block from the cursor down, continuing on new pages as needed.
     *
     * @return the block's structure element
     */
    PdfStructureElement text(PdfStructureElement parent, PdfName role, Phrase phrase, float indent, float leading,
                             float before, float after) {
        PdfStructureElement element = struct(parent, role);
        write(element, phrase, indent, leading, before, after, Element.ALIGN_LEFT);
        return element;
    }

    /** Writes {@code phrase} as marked content of an existing element. */
    void write(PdfStructureElement element, Phrase phrase, float indent, float leading, float before, float after,
               int alignment) {
        y -= before;
        linkParent = element.getParent() instanceof PdfStructureElement parent ? parent : root;
        ColumnText column = new ColumnText(canvas());
        column.setText(phrase);
        column.setLeading(leading);
        column.setAlignment(alignment);
        while (true) {
            if (y - leading < bottom) newPage();
            column.setSimpleColumn(left + indent, bottom, right, y);
            PdfContentByte cb = canvas();
            cb.beginMarkedContentSequence(element);
            int status = go(column, false);
            cb.endMarkedContentSequence();
            y = column.getYLine();
            if (!ColumnText.hasMoreText(status)) break;
            newPage();
        }
        y -= after;
    }

    /** Writes a phrase inside a fixed box (no page breaks), as marked content of {@code element}. */
    float writeAt(PdfStructureElement element, Phrase phrase, float llx, float lly, float urx, float ury,
                  float leading, int alignment) {
        ColumnText column = new ColumnText(canvas());
        column.setSimpleColumn(phrase, llx, lly, urx, ury, leading, alignment);
        PdfContentByte cb = canvas();
        cb.beginMarkedContentSequence(element);
        go(column, false);
        cb.endMarkedContentSequence();
        return column.getYLine();
    }

    /** The height {@code phrase} takes in a column {@code width} wide. */
    float measure(Phrase phrase, float width, float leading) {
        ColumnText column = new ColumnText(canvas());
        column.setSimpleColumn(new Phrase(phrase), 0, -100_000, width, 0, leading, Element.ALIGN_LEFT);
        go(column, true);
        return -column.getYLine();
    }

    PdfStructureElement paragraph(PdfStructureElement parent, String text) {
        return text(parent, PdfName.P, body(text), 0, LEADING, 0, 7);
    }

    PdfStructureElement paragraph(String text) {
        return paragraph(root, text);
    }

    /** A small grey note. */
    PdfStructureElement note(PdfStructureElement parent, String text) {
        return text(parent, PdfName.P, fonts.phrase(text, Fonts.Style.ITALIC, 9, Brand.MUTED), 0, 12.5f, 0, 6);
    }

    /**
     * A heading: H1 is a chapter (serif, brand colour, rule below), H2 a section, H3 a sub-section. Adds a
     * bookmark nested under the last heading of the level above.
     */
    PdfStructureElement heading(PdfStructureElement parent, int level, String text, boolean bookmark) {
        float size = switch (level) { case 1 -> 22; case 2 -> 15; default -> 12; };
        Fonts.Style style = level <= 2 ? Fonts.Style.SERIF_BOLD : Fonts.Style.BOLD;
        Color colour = level <= 2 ? brand.primaryText : Brand.INK;
        float leading = size * 1.25f;
        float before = level == 1 ? 0 : level == 2 ? 14 : 9;
        keep(before + leading + 3 * LEADING);
        if (y == top) before = 0;
        y -= before;
        if (bookmark) bookmark(level, text);
        PdfName role = new PdfName("H" + Math.min(level, 6));
        PdfStructureElement element = text(parent, role, fonts.phrase(text, style, size, colour), 0, leading, 0,
                level == 1 ? 6 : 4);
        if (level == 1) {
            float lineY = y;
            artifact(cb -> {
                cb.setColorStroke(brand.accent);
                cb.setLineWidth(2.5f);
                cb.moveTo(left, lineY);
                cb.lineTo(left + 56, lineY);
                cb.stroke();
            });
            y -= 16;
        }
        return element;
    }

    /** A bookmark at the cursor, nested below the nearest bookmark of a higher level. */
    void bookmark(int level, String title) {
        while (outlineStack.size() >= level) outlineStack.remove(outlineStack.size() - 1);
        PdfOutline parent = outlineStack.isEmpty() ? writer.getRootOutline() : outlineStack.get(outlineStack.size() - 1);
        while (outlineStack.size() < level - 1) outlineStack.add(parent);
        PdfOutline outline = new PdfOutline(parent, new PdfDestination(PdfDestination.XYZ, left, y + 4, 0),
                fonts.clean(title, Fonts.Style.REGULAR), level == 1);
        outlineStack.add(outline);
    }

    /** A bulleted list, tagged L / LI / Lbl / LBody. */
    PdfStructureElement bullets(PdfStructureElement parent, List<String> items) {
        PdfStructureElement list = struct(parent, PdfName.L);
        for (String item : items) listItem(list, "•", body(item), 0);
        y -= 4;
        return list;
    }

    /** One list item: the label hangs in the margin of the body, on its first line. */
    PdfStructureElement listItem(PdfStructureElement list, String label, Phrase bodyText, float indent) {
        PdfStructureElement item = struct(list, PdfName.LI);
        keep(LEADING + 2);
        PdfStructureElement lbl = struct(item, PdfName.LBL);
        float baseline = y - LEADING + 0.5f;
        Color colour = brand.primaryText;
        PdfContentByte cb = canvas();
        cb.beginMarkedContentSequence(lbl);
        cb.beginText();
        cb.setFontAndSize(fonts.base(Fonts.Style.BOLD), BODY);
        cb.setColorFill(colour);
        cb.setTextMatrix(left + indent + 4, baseline);
        cb.showText(fonts.clean(label, Fonts.Style.BOLD));
        cb.endText();
        cb.endMarkedContentSequence();
        PdfStructureElement lbody = struct(item, PdfName.LBODY);
        // The text sits in a P so that the body can take nested lists and paragraphs as further kids.
        write(struct(lbody, PdfName.P), bodyText, indent + 18, LEADING, 0, 3, Element.ALIGN_LEFT);
        return item;
    }

    /** A horizontal rule across the text column. */
    void rule(Color colour, float width, float gapAbove, float gapBelow) {
        y -= gapAbove;
        float at = y;
        artifact(cb -> {
            cb.setColorStroke(colour);
            cb.setLineWidth(width);
            cb.moveTo(left, at);
            cb.lineTo(right, at);
            cb.stroke();
        });
        y -= gapBelow;
    }

    /** A filled rectangle behind content (drawn as an artifact). */
    void fill(Color colour, float llx, float lly, float urx, float ury) {
        artifact(cb -> {
            cb.setColorFill(colour);
            cb.rectangle(llx, lly, urx - llx, ury - lly);
            cb.fill();
        });
    }

    static int go(ColumnText column, boolean simulate) {
        try {
            return column.go(simulate);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- closing --------------------------------------------------------------------------------------------

    /** Finishes the document and writes it to its file. */
    @Override
    public void close() throws IOException {
        boolean written = false;
        try {
            document.close();
            written = !discard;
        } finally {
            if (written) Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            else Files.deleteIfExists(part);
        }
    }

    /** Lays out without writing the file (a measuring pass). */
    void discardOnClose() {
        discard = true;
    }

    static PdfString unicode(String text) {
        return new PdfString(text, PdfString.TEXT_UNICODE);
    }
}
