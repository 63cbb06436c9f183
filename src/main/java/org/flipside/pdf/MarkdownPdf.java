package org.flipside.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws Markdown (the same text the website renders) into a {@link PackDocument} by walking Flexmark's AST:
 * headings, paragraphs, emphasis, links, lists, tables, block quotes, code, rules and images, each tagged.
 * Links to web and mail addresses are clickable and also printed with their address in brackets (a printed
 * page cannot be clicked); links between handbook pages keep only their text.
 */
final class MarkdownPdf {

    private static final Parser PARSER = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(
            TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()))).build();

    private final PackDocument pdf;
    private final PackContext context;
    private final String sourceFile;
    /** Heading levels in the text are shifted so that a chapter's own title stays the only H1. */
    private final int topLevel;
    private int lastLevel;
    private final MarkdownImages images;

    MarkdownPdf(PackDocument pdf, String sourceFile, int topLevel) {
        this.pdf = pdf;
        this.context = pdf.context;
        this.sourceFile = sourceFile;
        this.topLevel = topLevel;
        this.lastLevel = topLevel - 1;
        this.images = new MarkdownImages(pdf, sourceFile);
    }

    void render(PdfStructureElement parent, String markdown) {
        if (markdown == null || markdown.isBlank()) return;
        blocks(parent, PARSER.parse(markdown), 0);
    }

    private void blocks(PdfStructureElement parent, Node container, float indent) {
        for (Node node = container.getFirstChild(); node != null; node = node.getNext()) {
            block(parent, node, indent);
        }
    }

    private void block(PdfStructureElement parent, Node node, float indent) {
        if (node instanceof Heading h) {
            int level = Math.max(topLevel, Math.min(topLevel + h.getLevel() - 2, 6));
            level = Math.min(level, lastLevel + 1); // never skip a level
            lastLevel = level;
            pdf.indent(indent);
            try {
                pdf.heading(parent, level, plain(h), level <= topLevel + 1);
            } finally {
                pdf.indent(-indent);
            }
        } else if (node instanceof Paragraph p) {
            Image image = images.onlyImage(p);
            if (image != null) {
                images.figure(parent, image, MarkdownImages.altOf(p));
            } else {
                pdf.text(parent, PdfName.P, inline(p, Fonts.Style.REGULAR, PackDocument.BODY, Brand.INK), indent,
                        PackDocument.LEADING, 0, 7);
            }
        } else if (node instanceof ListBlock list) {
            list(parent, list, indent);
        } else if (node instanceof BlockQuote quote) {
            quote(parent, quote, indent);
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            String code = node.getChildChars().toString().stripTrailing();
            if (node instanceof FencedCodeBlock fenced) code = fenced.getContentChars().toString().stripTrailing();
            pdf.text(parent, PdfName.P, pdf.fonts.phrase(code, Fonts.Style.MONO, 9, Brand.INK), indent + 12, 12.5f, 2, 8);
        } else if (node instanceof ThematicBreak) {
            pdf.rule(Brand.RULE, 0.75f, 4, 12);
        } else if (node instanceof TableBlock table) {
            table(parent, table);
        } else if (node instanceof HtmlBlock) {
            // Raw HTML is for the website only.
        } else if (node.hasChildren()) {
            blocks(parent, node, indent);
        }
    }

    private void list(PdfStructureElement parent, ListBlock list, float indent) {
        PdfStructureElement l = pdf.struct(parent, PdfName.L);
        int number = list instanceof OrderedList ordered ? ordered.getStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) continue;
            String label = item instanceof OrderedListItem ? number++ + "." : indent > 0 ? "–" : "•";
            Node first = item.getFirstChild();
            Phrase body = first instanceof Paragraph p ? inline(p, Fonts.Style.REGULAR, PackDocument.BODY, Brand.INK)
                    : new Phrase(new Chunk(" "));
            PdfStructureElement li = pdf.listItem(l, label, body, indent);
            PdfStructureElement lbody = (PdfStructureElement) lastKid(li);
            for (Node rest = first == null ? null : first instanceof Paragraph ? first.getNext() : first; rest != null;
                 rest = rest.getNext()) {
                block(lbody, rest, indent + 18);
            }
        }
        if (indent == 0) pdf.y -= 4;
    }

    private static Object lastKid(PdfStructureElement element) {
        var kids = element.getAsArray(PdfName.K);
        return kids.getPdfObject(kids.size() - 1);
    }

    private void quote(PdfStructureElement parent, BlockQuote quote, float indent) {
        PdfStructureElement q = pdf.struct(parent, PdfName.BLOCKQUOTE);
        int page = pdf.pageNumber();
        float top = pdf.y;
        for (Node node = quote.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph p) {
                pdf.text(q, PdfName.P, inline(p, Fonts.Style.ITALIC, 11, pdf.brand.primaryText), indent + 16, 16, 0, 6);
            } else {
                block(q, node, indent + 16);
            }
        }
        if (pdf.pageNumber() == page) {
            float bottom = pdf.y + 6;
            float x = pdf.left + indent + 3;
            pdf.artifact(cb -> {
                cb.setColorStroke(pdf.brand.accent);
                cb.setLineWidth(3);
                cb.moveTo(x, top - 2);
                cb.lineTo(x, bottom);
                cb.stroke();
            });
        }
        pdf.y -= 4;
    }

    private void table(PdfStructureElement parent, TableBlock table) {
        List<List<Phrase>> rows = new ArrayList<>();
        boolean header = false;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof com.vladsch.flexmark.ext.tables.TableSeparator) continue;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) continue;
                List<Phrase> cells = new ArrayList<>();
                boolean headerRow = false;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell c) {
                        headerRow |= c.isHeader();
                        cells.add(inline(c, c.isHeader() ? Fonts.Style.BOLD : Fonts.Style.REGULAR, 9.5f, Brand.INK));
                    }
                }
                if (rows.isEmpty()) header = headerRow;
                if (!cells.isEmpty()) rows.add(cells);
            }
        }
        TableLayout.draw(pdf, parent, rows, header);
    }

    // ---- inline ---------------------------------------------------------------------------------------------

    private Phrase inline(Node container, Fonts.Style style, float size, Color colour) {
        Phrase phrase = new Phrase();
        phrase.setLeading(size * 1.4f);
        inlines(phrase, container, style, size, colour);
        if (phrase.isEmpty()) phrase.add(new Chunk(" "));
        return phrase;
    }

    private void inlines(Phrase phrase, Node container, Fonts.Style style, float size, Color colour) {
        for (Node node = container.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text) {
                phrase.add(pdf.chunk(node.getChars().unescape(), style, size, colour));
            } else if (node instanceof StrongEmphasis) {
                inlines(phrase, node, bold(style), size, colour);
            } else if (node instanceof Emphasis) {
                inlines(phrase, node, italic(style), size, colour);
            } else if (node instanceof Code code) {
                phrase.add(pdf.chunk(code.getText().toString(), Fonts.Style.MONO, size * 0.92f, colour));
            } else if (node instanceof Link link) {
                Color linkColour = pdf.brand.primaryText;
                String url = link.getUrl().toString();
                int before = phrase.size();
                inlines(phrase, link, style, size, linkColour);
                // Only addresses a reader can type are underlined; links between handbook pages are just text.
                for (int i = before; i < phrase.size() && isExternal(url); i++) {
                    if (phrase.get(i) instanceof Chunk c) {
                        c.setUnderline(0.5f, -1.5f);
                        c.setGenericTag(url);
                    }
                }
                if (isExternal(url) && !plain(link).equals(url)) {
                    phrase.add(pdf.chunk(" (" + url.replaceFirst("^mailto:", "") + ")", style, size * 0.9f, Brand.MUTED));
                }
            } else if (node instanceof AutoLink auto) {
                phrase.add(pdf.chunk(auto.getText().toString(), style, size, pdf.brand.primaryText));
            } else if (node instanceof SoftLineBreak) {
                phrase.add(pdf.chunk(" ", style, size, colour));
            } else if (node instanceof HardLineBreak) {
                phrase.add(Chunk.NEWLINE);
            } else if (node instanceof com.vladsch.flexmark.ast.Image image) {
                phrase.add(pdf.chunk(image.getText().toString(), style, size, colour));
            } else if (node instanceof HtmlInline) {
                // website only
            } else if (node.hasChildren()) {
                inlines(phrase, node, style, size, colour);
            } else {
                phrase.add(pdf.chunk(node.getChars().unescape(), style, size, colour));
            }
        }
    }

    static boolean isExternal(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
    }

    private static Fonts.Style bold(Fonts.Style style) {
        return style == Fonts.Style.ITALIC || style == Fonts.Style.BOLD_ITALIC ? Fonts.Style.BOLD_ITALIC : Fonts.Style.BOLD;
    }

    private static Fonts.Style italic(Fonts.Style style) {
        return style == Fonts.Style.BOLD || style == Fonts.Style.BOLD_ITALIC ? Fonts.Style.BOLD_ITALIC : Fonts.Style.ITALIC;
    }

    static String plain(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node n : node.getDescendants()) {
            if (n instanceof Text || n instanceof Code) text.append(n instanceof Code c ? c.getText() : n.getChars().unescape());
            else if (n instanceof SoftLineBreak) text.append(' ');
        }
        return text.toString().strip();
    }
}
