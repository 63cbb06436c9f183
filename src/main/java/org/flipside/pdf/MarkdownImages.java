package org.flipside.pdf;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;

/** Images in Markdown: PNG and JPEG files inside the project are drawn as tagged figures with their alt text. */
final class MarkdownImages {

    private final PackDocument pdf;
    private final PackContext context;
    private final String sourceFile;

    MarkdownImages(PackDocument pdf, String sourceFile) {
        this.pdf = pdf;
        this.context = pdf.context;
        this.sourceFile = sourceFile;
    }

    Image onlyImage(Paragraph p) {
        Node first = p.getFirstChild();
        if (!(first instanceof com.vladsch.flexmark.ast.Image image) || first.getNext() != null) return null;
        return load(image.getUrl().toString());
    }

    static String altOf(Paragraph p) {
        return ((com.vladsch.flexmark.ast.Image) p.getFirstChild()).getText().toString();
    }

    /** PNG or JPEG inside the project; anything else is left out with a warning, and its alt text printed. */
    private Image load(String url) {
        Path root = context.projectRoot;
        Path base = sourceFile == null ? root.resolve("content") : root.resolve(sourceFile).getParent();
        String lower = url.toLowerCase(Locale.ROOT);
        if (MarkdownPdf.isExternal(url) || lower.endsWith(".svg") || url.startsWith("data:")) {
            warn("The image `" + url + "` cannot be printed in the PDF handbook (only PNG and JPEG files inside the project can), so its description is printed instead",
                    "Use a PNG or JPEG file stored in the project's content folder.");
            return null;
        }
        for (Path candidate : List.of(base.resolve(url).normalize(), root.resolve(url).normalize())) {
            if (!candidate.startsWith(root) || !Files.isRegularFile(candidate)) continue;
            try {
                return Image.getInstance(Files.readAllBytes(candidate));
            } catch (IOException | RuntimeException e) {
                break;
            }
        }
        warn("The image `" + url + "` could not be read as a PNG or JPEG inside the project, so its description is printed instead",
                "Check the image path (relative to the Markdown file) and its format.");
        return null;
    }

    private void warn(String message, String fix) {
        Problem problem = Problem.warning(Location.ofFile(sourceFile == null ? "content" : sourceFile), message, fix);
        if (!context.warnings.contains(problem)) context.warnings.add(problem);
    }

    void figure(PdfStructureElement parent, Image image, String alt) {
        float maxWidth = Math.min(pdf.width(), image.getWidth());
        image.scaleToFit(maxWidth, 260);
        float w = image.getScaledWidth();
        float h = image.getScaledHeight();
        pdf.keep(h + 12);
        PdfStructureElement figure = pdf.struct(parent, PdfName.FIGURE);
        figure.put(PdfName.ALT, PackDocument.unicode(alt.isBlank() ? "Image" : alt));
        float x = pdf.left;
        float y = pdf.y - h - 4;
        PdfContentByte cb = pdf.canvas();
        cb.beginMarkedContentSequence(figure);
        try {
            cb.addImage(image, w, 0, 0, h, x, y);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
        cb.endMarkedContentSequence();
        PdfStructureElement bbox = figure; // the layout attributes PDF/UA asks of figures
        com.lowagie.text.pdf.PdfDictionary layout = new com.lowagie.text.pdf.PdfDictionary();
        layout.put(PdfName.O, new PdfName("Layout"));
        layout.put(new PdfName("BBox"), new com.lowagie.text.pdf.PdfArray(new float[] {x, y, x + w, y + h}));
        bbox.put(PdfName.A, layout);
        pdf.y = y - 12;
    }
}
