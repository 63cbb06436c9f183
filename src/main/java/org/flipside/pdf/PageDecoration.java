package org.flipside.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What OpenPDF calls back for as pages are written: the running header (scheme name, organisation) and footer
 * (support line, "Page X of Y") drawn as artifacts, and link annotations for chunks tagged with an address.
 */
final class PageDecoration extends PdfPageEventHelper {

    private final PackDocument pdf;
    private PdfTemplate totalPages;
    private int pages;

    PageDecoration(PackDocument pdf) {
        this.pdf = pdf;
    }


    @Override
    public void onOpenDocument(PdfWriter w, Document d) {
        totalPages = w.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter w, Document d) {
        pages++;
        Rectangle page = d.getPageSize();
        PdfContentByte cb = w.getDirectContent();
        cb.beginMarkedContentSequence(PackDocument.ARTIFACT);
        cb.saveState();
        cb.setColorFill(pdf.brand.primary);
        cb.rectangle(0, page.getHeight() - 10, page.getWidth(), 10);
        cb.fill();
        if (pdf.decorated) {
            BaseFont regular = pdf.fonts.base(Fonts.Style.REGULAR);
            BaseFont bold = pdf.fonts.base(Fonts.Style.BOLD);
            float headerY = page.getHeight() - 42;
            cb.setColorStroke(Brand.RULE);
            cb.setLineWidth(0.5f);
            cb.moveTo(pdf.marginLeft, headerY - 7);
            cb.lineTo(pdf.marginRight, headerY - 7);
            cb.moveTo(pdf.marginLeft, 50);
            cb.lineTo(pdf.marginRight, 50);
            cb.stroke();
            cb.beginText();
            cb.setColorFill(pdf.brand.primaryText);
            cb.setFontAndSize(bold, 8);
            cb.showTextAligned(Element.ALIGN_LEFT, pdf.fonts.clean(pdf.context.schemeName(), Fonts.Style.BOLD), pdf.marginLeft, headerY, 0);
            cb.setColorFill(Brand.MUTED);
            cb.setFontAndSize(regular, 8);
            cb.showTextAligned(Element.ALIGN_RIGHT, pdf.fonts.clean(pdf.context.organisationName(), Fonts.Style.REGULAR), pdf.marginRight, headerY, 0);
            cb.showTextAligned(Element.ALIGN_LEFT, pdf.fonts.clean(pdf.context.supportLine(), Fonts.Style.REGULAR), pdf.marginLeft, 38, 0);
            String label = "Page " + pdf.printedPage(w.getPageNumber()) + " of ";
            float labelWidth = regular.getWidthPoint(label, 8);
            cb.showTextAligned(Element.ALIGN_LEFT, label, pdf.marginRight - 14 - labelWidth, 38, 0);
            cb.endText();
            cb.addTemplate(totalPages, pdf.marginRight - 14, 38);
        }
        cb.restoreState();
        cb.endMarkedContentSequence();
        pdf.decorated = true;
    }

    /** A chunk tagged with an address becomes a link annotation, tagged as a Link with its description. */
    @Override
    public void onGenericTag(PdfWriter w, Document d, Rectangle rect, String url) {
        PdfAnnotation link = new PdfAnnotation(w, rect.getLeft(), rect.getBottom() - 2, rect.getRight(),
                rect.getTop() + 1, new com.lowagie.text.pdf.PdfAction(url));
        link.setBorder(new com.lowagie.text.pdf.PdfBorderArray(0, 0, 0));
        link.put(PdfName.CONTENTS, PackDocument.unicode("Link to " + url.replaceFirst("^mailto:", "")));
        link.put(PdfName.F, new PdfNumber(PdfAnnotation.FLAGS_PRINT));
        PdfStructureElement element = pdf.struct(pdf.linkParent == null ? pdf.root : pdf.linkParent, PdfName.LINK);
        int key = w.getStructureTreeRoot().addExistingObject(element.getReference());
        link.put(PdfName.STRUCTPARENT, new PdfNumber(key));
        PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
        objr.put(PdfName.OBJ, link.getIndirectReference());
        objr.put(PdfName.PG, w.getCurrentPage());
        element.put(PdfName.K, objr);
        element.put(PdfName.ALT, PackDocument.unicode("Link to " + url.replaceFirst("^mailto:", "")));
        w.addAnnotation(link);
    }

    @Override
    public void onCloseDocument(PdfWriter w, Document d) {
        totalPages.beginText();
        totalPages.setFontAndSize(pdf.fonts.base(Fonts.Style.REGULAR), 8);
        totalPages.setColorFill(Brand.MUTED);
        totalPages.setTextMatrix(0, 0);
        totalPages.showText(String.valueOf(pages));
        totalPages.endText();
    }
}
