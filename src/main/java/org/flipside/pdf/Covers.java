package org.flipside.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.awt.Color;

/** The openings of the packs: a title block at the top of a first page, or a whole cover page. */
final class Covers {

    private Covers() {}

    /**
     * Organisation name and logo, the pack's title as the document's H1 (with a bookmark), and a subtitle.
     * Used by the single-form packs (agreement, questionnaire, survey).
     */
    static void titleBlock(PackDocument pdf, String title, String subtitle) {
        logo(pdf, pdf.right, pdf.y + 8, 46, Element.ALIGN_RIGHT);
        pdf.text(pdf.root, PdfName.P, pdf.fonts.phrase(pdf.context.organisationName().toUpperCase(java.util.Locale.UK),
                Fonts.Style.BOLD, 8.5f, pdf.brand.primaryText), 0, 11, 0, 10);
        pdf.heading(pdf.root, 1, title, true);
        if (subtitle != null && !subtitle.isBlank()) {
            pdf.text(pdf.root, PdfName.P, pdf.fonts.phrase(subtitle, Fonts.Style.REGULAR, 12, Brand.MUTED), 0, 16, 0, 12);
        }
    }

    /**
     * A full cover page: a band in the brand colour with the title, the scheme and organisation, and the logo.
     * The page has no running header or footer. Leaves the cursor below the band, on the cover, for an
     * introduction; the caller starts the next page.
     */
    static void coverPage(PackDocument pdf, String title, String subtitle) {
        pdf.decorated = false;
        var page = pdf.document.getPageSize();
        float bandTop = page.getHeight() - 10;
        float bandBottom = page.getHeight() * 0.58f;
        pdf.fill(pdf.brand.primary, 0, bandBottom, page.getWidth(), bandTop);
        pdf.fill(pdf.brand.accent, 0, bandBottom - 6, page.getWidth(), bandBottom);
        Color onBand = Brand.on(pdf.brand.primary);
        float x = pdf.left;
        float w = pdf.right;
        PdfStructureElement org = pdf.struct(pdf.root, PdfName.P);
        pdf.writeAt(org, pdf.fonts.phrase(pdf.context.organisationName().toUpperCase(java.util.Locale.UK),
                Fonts.Style.BOLD, 10, onBand), x, bandTop - 120, w, bandTop - 50, 13, Element.ALIGN_LEFT);
        pdf.y = bandBottom + 190;
        pdf.bookmark(1, title);
        PdfStructureElement h1 = pdf.struct(pdf.root, PdfName.H1);
        float after = pdf.writeAt(h1, pdf.fonts.phrase(title, Fonts.Style.SERIF_BOLD, 36, onBand), x, bandBottom + 20,
                w, bandBottom + 190, 42, Element.ALIGN_LEFT);
        if (subtitle != null) {
            PdfStructureElement sub = pdf.struct(pdf.root, PdfName.P);
            pdf.writeAt(sub, pdf.fonts.phrase(subtitle, Fonts.Style.REGULAR, 14, onBand), x, bandBottom + 16, w,
                    after - 8, 19, Element.ALIGN_LEFT);
        }
        float y = bandBottom - 34;
        float logo = logo(pdf, x, y, 56, Element.ALIGN_LEFT);
        pdf.y = logo > 0 ? y - logo - 26 : y;
    }

    /** The logo, at most {@code height} tall, with its top edge at {@code topY}; decoration, so an artifact. */
    static float logo(PackDocument pdf, float x, float topY, float height, int alignment) {
        Image image = pdf.brand.logoImage();
        if (image == null) return 0;
        float maxWidth = 160;
        image.scaleToFit(maxWidth, height);
        float w = image.getScaledWidth();
        float h = image.getScaledHeight();
        float left = alignment == Element.ALIGN_RIGHT ? x - w : x;
        pdf.artifact(cb -> {
            try {
                cb.addImage(image, w, 0, 0, h, left, topY - h);
            } catch (com.lowagie.text.DocumentException e) {
                throw new IllegalStateException(e);
            }
        });
        return h;
    }
}
