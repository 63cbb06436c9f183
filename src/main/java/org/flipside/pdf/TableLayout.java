package org.flipside.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.List;

/**
 * A simple table drawn cell by cell, so that each cell is its own TH or TD structure element (OpenPDF's
 * PdfPTable draws untagged). Rows never split; a row that does not fit starts a new page, where the header
 * row is repeated.
 */
final class TableLayout {

    private static final float PAD = 5;

    private TableLayout() {}

    /** @param rows the first row is the header row when {@code header} is true */
    static void draw(PackDocument pdf, PdfStructureElement parent, List<List<Phrase>> rows, boolean header) {
        if (rows.isEmpty()) return;
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        float[] widths = widths(pdf, rows, columns);
        PdfStructureElement table = pdf.struct(parent, PdfName.TABLE);
        pdf.y -= 4;
        List<Phrase> headerRow = header ? rows.get(0) : null;
        for (int r = 0; r < rows.size(); r++) {
            boolean isHeader = header && r == 0;
            float height = height(pdf, rows.get(r), widths);
            if (pdf.y - height < pdf.bottom) {
                pdf.newPage();
                if (headerRow != null && !isHeader) {
                    row(pdf, table, headerRow, widths, true, height(pdf, headerRow, widths));
                }
            }
            row(pdf, table, rows.get(r), widths, isHeader, height);
        }
        pdf.y -= 10;
    }

    private static void row(PackDocument pdf, PdfStructureElement table, List<Phrase> cells, float[] widths,
                            boolean header, float height) {
        PdfStructureElement tr = pdf.struct(table, new PdfName("TR"));
        float top = pdf.y;
        float bottom = top - height;
        if (header) pdf.fill(pdf.brand.primaryTint, pdf.left, bottom, pdf.right, top);
        pdf.artifact(cb -> {
            cb.setColorStroke(header ? pdf.brand.primary : Brand.RULE);
            cb.setLineWidth(header ? 1 : 0.5f);
            cb.moveTo(pdf.left, bottom);
            cb.lineTo(pdf.right, bottom);
            cb.stroke();
        });
        float x = pdf.left;
        for (int c = 0; c < widths.length; c++) {
            PdfStructureElement cell = pdf.struct(tr, header ? PdfName.TH : PdfName.TD);
            if (header) {
                PdfDictionary attributes = new PdfDictionary();
                attributes.put(PdfName.O, PdfName.TABLE);
                attributes.put(new PdfName("Scope"), new PdfName("Column"));
                cell.put(PdfName.A, attributes);
            }
            Phrase content = c < cells.size() ? cells.get(c) : new Phrase(new Chunk(" "));
            pdf.writeAt(cell, content, x + PAD, bottom, x + widths[c] - PAD, top - PAD + 1, 13.5f, Element.ALIGN_LEFT);
            x += widths[c];
        }
        pdf.y = bottom;
    }

    private static float height(PackDocument pdf, List<Phrase> cells, float[] widths) {
        float max = 0;
        for (int c = 0; c < Math.min(cells.size(), widths.length); c++) {
            max = Math.max(max, pdf.measure(cells.get(c), widths[c] - 2 * PAD, 13.5f));
        }
        return max + 2 * PAD;
    }

    /** Shares the width by each column's longest text, with no column under 14 % of the table. */
    private static float[] widths(PackDocument pdf, List<List<Phrase>> rows, int columns) {
        float[] natural = new float[columns];
        for (List<Phrase> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                natural[c] = Math.max(natural[c], Math.min(260, row.get(c).getContent().length() * 5f));
            }
        }
        float total = 0;
        for (float n : natural) total += Math.max(n, 30);
        float[] widths = new float[columns];
        float min = pdf.width() * 0.14f;
        float assigned = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(min, pdf.width() * Math.max(natural[c], 30) / total);
            assigned += widths[c];
        }
        for (int c = 0; c < columns; c++) widths[c] *= pdf.width() / assigned;
        return widths;
    }

    static List<Phrase> cells(PackDocument pdf, boolean bold, String... texts) {
        List<Phrase> cells = new ArrayList<>();
        for (String t : texts) {
            cells.add(pdf.fonts.phrase(t, bold ? Fonts.Style.BOLD : Fonts.Style.REGULAR, 9.5f, Brand.INK));
        }
        return cells;
    }
}
