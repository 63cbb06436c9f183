package org.flipside.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a written PDF back the way a user's reader would, with PDFBox. */
final class PdfChecks {

    private PdfChecks() {}

    static PDDocument open(Path file) throws IOException {
        return Loader.loadPDF(file.toFile());
    }

    static String text(Path file) throws IOException {
        try (PDDocument doc = open(file)) {
            return text(doc);
        }
    }

    static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }

    static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }

    /** Fully qualified field name → PDFBox field type (PDTextField, PDCheckBox, PDRadioButton). */
    static Map<String, String> fields(PDDocument doc) {
        Map<String, String> fields = new LinkedHashMap<>();
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
        if (form == null) return fields;
        for (PDField field : form.getFieldTree()) {
            if (field instanceof org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField) {
                fields.put(field.getFullyQualifiedName(), field.getClass().getSimpleName());
            }
        }
        return fields;
    }

    /** Every font reachable from pages, their XObjects, annotation appearances and the form's resources, by name, that is not embedded. */
    static List<String> unembeddedFonts(PDDocument doc) throws IOException {
        List<String> bad = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            collect(page.getResources(), bad, 0);
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation.getAppearance() == null) continue;
                PDAppearanceEntry normal = annotation.getAppearance().getNormalAppearance();
                if (normal == null) continue;
                if (normal.isStream()) collect(normal.getAppearanceStream().getResources(), bad, 0);
                else for (PDAppearanceStream s : normal.getSubDictionary().values()) collect(s.getResources(), bad, 0);
            }
        }
        // Without PDFBox's fix-ups, which would add Helvetica to the form's resources in memory.
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form != null) collect(form.getDefaultResources(), bad, 0);
        return bad;
    }

    private static void collect(PDResources resources, List<String> bad, int depth) throws IOException {
        if (resources == null || depth > 5) return;
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font != null && !font.isEmbedded()) bad.add(font.getName());
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) collect(form.getResources(), bad, depth + 1);
        }
    }

    static List<String> bookmarks(PDDocument doc) {
        List<String> titles = new ArrayList<>();
        if (doc.getDocumentCatalog().getDocumentOutline() != null) walk(doc.getDocumentCatalog().getDocumentOutline(), titles, "");
        return titles;
    }

    private static void walk(PDOutlineNode node, List<String> titles, String indent) {
        for (PDOutlineItem item : node.children()) {
            titles.add(indent + item.getTitle());
            walk(item, titles, indent + "  ");
        }
    }

    /** Counts dark pixels inside a rectangle of page {@code page} (0-based) rendered at 72 dpi; y measured from the bottom. */
    static int inkIn(PDDocument doc, int page, float x, float y, float w, float h) throws IOException {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 72);
        int height = image.getHeight();
        int ink = 0;
        for (int px = (int) x; px < (int) (x + w) && px < image.getWidth(); px++) {
            for (int py = (int) (height - y - h); py < (int) (height - y) && py < height; py++) {
                if (py < 0) continue;
                int rgb = image.getRGB(px, py);
                int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (lum < 300) ink++;
            }
        }
        return ink;
    }
}
