package org.flipside.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfFormField;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.RadioCheckField;
import com.lowagie.text.pdf.TextField;
import java.awt.Color;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Form fields, each tied into the structure tree and given a tooltip ({@code /TU}) that names it for screen
 * readers. Text fields use the fully embedded field font (see {@link Fonts#field()}); tick boxes and radio
 * buttons draw their own marks and name the same font in their default appearance, so no unembedded
 * ZapfDingbats or Helvetica is ever referenced.
 */
final class Forms {

    private final PackDocument pdf;

    Forms(PackDocument pdf) {
        this.pdf = pdf;
    }

    /** A text field over {@code box}; {@code value} may be null (empty). */
    void text(PdfStructureElement parent, String name, String tooltip, Rectangle box, boolean multiline, String value) {
        TextField field = new TextField(pdf.writer, box, name);
        field.setFont(pdf.fonts.field());
        field.setFontSize(multiline ? 10 : 11);
        field.setTextColor(Brand.INK);
        field.setAlternateFieldName(tooltip);
        field.setBorderWidth(0);
        if (multiline) field.setOptions(TextField.MULTILINE | TextField.DO_NOT_SCROLL);
        if (value != null && !value.isEmpty()) {
            field.setText(Normalizer.normalize(value, Normalizer.Form.NFC));
        }
        try {
            PdfFormField widget = field.getTextField();
            pdf.tagWidget(parent, widget, tooltip);
            pdf.writer.addAnnotation(widget);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot create the form field " + name, e);
        }
    }

    /** A group of tick boxes named {@code name.option}, one per option, drawn at the given boxes. */
    void checkboxes(PdfStructureElement parent, String name, String tooltip, List<String> options, List<Rectangle> boxes) {
        PdfFormField group = PdfFormField.createEmpty(pdf.writer);
        group.setFieldName(name);
        for (int i = 0; i < options.size(); i++) {
            Mark box = new Mark(pdf.writer, boxes.get(i), slug(options.get(i), i), "Yes", pdf.fonts.field());
            box.setCheckType(RadioCheckField.TYPE_CROSS);
            box.setAlternateFieldName(tooltip + ": " + options.get(i));
            box.setBorderColor(Brand.MUTED);
            box.setBorderWidth(0.8f);
            box.setTextColor(pdf.brand.primaryText);
            try {
                PdfFormField kid = box.getFullField();
                pdf.tagWidget(parent, kid, tooltip + ": " + options.get(i));
                group.addKid(kid);
            } catch (IOException | DocumentException e) {
                throw new IllegalStateException("cannot create the tick box " + name, e);
            }
        }
        pdf.writer.addAnnotation(group);
    }

    /** A radio group {@code name} whose export values are {@code exports}, one button per box. */
    void radios(PdfStructureElement parent, String name, String tooltip, List<String> labels, List<String> exports,
                List<Rectangle> boxes) {
        Mark first = new Mark(pdf.writer, boxes.get(0), name, exports.get(0), pdf.fonts.field());
        first.setAlternateFieldName(tooltip);
        PdfFormField group = first.getRadioGroup(false, false);
        for (int i = 0; i < exports.size(); i++) {
            Mark button = new Mark(pdf.writer, boxes.get(i), null, exports.get(i), pdf.fonts.field());
            button.setCheckType(RadioCheckField.TYPE_CIRCLE);
            button.setBorderColor(Brand.MUTED);
            button.setBorderWidth(0.8f);
            button.setTextColor(pdf.brand.primaryText);
            button.setAlternateFieldName(tooltip + ": " + labels.get(i));
            try {
                PdfFormField kid = button.getKidField();
                kid.setUserName(tooltip + ": " + labels.get(i));
                pdf.tagWidget(parent, kid, tooltip + ": " + labels.get(i));
                group.addKid(kid);
            } catch (IOException | DocumentException e) {
                throw new IllegalStateException("cannot create the radio button " + name, e);
            }
        }
        pdf.writer.addAnnotation(group);
    }

    /** One field on a pen line: its printed label, its AcroForm name, its tooltip and an optional value. */
    record LineField(String label, String name, String tooltip, String value) {}

    /**
     * A row of single-line fields side by side, each a small label above a pen line with the field on it, so
     * that the same page works on screen and printed blank.
     */
    void lineRow(PdfStructureElement parent, List<LineField> fields) {
        float gap = 18;
        float width = (pdf.width() - gap * (fields.size() - 1)) / fields.size();
        pdf.keep(52);
        pdf.y -= 4;
        float top = pdf.y;
        for (int i = 0; i < fields.size(); i++) {
            LineField f = fields.get(i);
            float x = pdf.left + i * (width + gap);
            PdfStructureElement label = pdf.struct(parent, com.lowagie.text.pdf.PdfName.P);
            pdf.writeAt(label, pdf.fonts.phrase(f.label(), Fonts.Style.BOLD, 8.5f, Brand.MUTED), x, top - 14, x + width,
                    top, 11, com.lowagie.text.Element.ALIGN_LEFT);
            float lineY = top - 38;
            pdf.artifact(cb -> {
                cb.setColorStroke(Brand.MUTED);
                cb.setLineWidth(0.6f);
                cb.moveTo(x, lineY);
                cb.lineTo(x + width, lineY);
                cb.stroke();
            });
            text(parent, f.name(), f.tooltip(), new Rectangle(x, lineY + 1, x + width, lineY + 21), false, f.value());
        }
        pdf.y = top - 50;
    }

    /** A labelled multi-line field over {@code lines} pen lines. */
    void box(PdfStructureElement parent, String label, String name, String tooltip, int lines, String value) {
        float spacing = 22;
        pdf.keep(18 + lines * spacing + 8);
        pdf.text(parent, com.lowagie.text.pdf.PdfName.P, pdf.fonts.phrase(label, Fonts.Style.BOLD, 10, Brand.INK), 0,
                13, 0, 2);
        float top = pdf.y;
        float bottomLine = top - lines * spacing;
        pdf.artifact(cb -> {
            cb.setColorStroke(Brand.RULE);
            cb.setLineWidth(0.6f);
            for (int i = 1; i <= lines; i++) {
                cb.moveTo(pdf.left, top - i * spacing);
                cb.lineTo(pdf.right, top - i * spacing);
            }
            cb.stroke();
        });
        text(parent, name, tooltip, new Rectangle(pdf.left, bottomLine + 1, pdf.right, top), true, value);
        pdf.y = bottomLine - 12;
    }

    /**
     * Options listed under a question, each with a tick box ({@code multiple}) or a radio button, in two
     * columns when they are short. Tick boxes are named {@code name.OPTION-SLUG}; radio buttons export
     * the option's slug.
     */
    void choices(PdfStructureElement parent, String name, String tooltip, List<String> options, boolean multiple) {
        boolean twoColumns = options.size() > 3 && options.stream().allMatch(o -> o.length() <= 34);
        int rows = twoColumns ? (options.size() + 1) / 2 : options.size();
        float rowHeight = 19;
        pdf.keep(rows * rowHeight + 6);
        float top = pdf.y;
        float columnWidth = twoColumns ? pdf.width() / 2 : pdf.width();
        PdfStructureElement list = pdf.struct(parent, com.lowagie.text.pdf.PdfName.L);
        List<Rectangle> boxes = new java.util.ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            int row = twoColumns ? i % rows : i;
            int column = twoColumns ? i / rows : 0;
            float x = pdf.left + column * columnWidth;
            float baseline = top - row * rowHeight - 13;
            boxes.add(new Rectangle(x + 2, baseline - 2, x + 14, baseline + 10));
            PdfStructureElement item = pdf.struct(list, com.lowagie.text.pdf.PdfName.LI);
            PdfStructureElement body = pdf.struct(item, com.lowagie.text.pdf.PdfName.LBODY);
            pdf.writeAt(body, pdf.body(options.get(i)), x + 22, baseline - 6, x + columnWidth - 8, baseline + 13,
                    PackDocument.LEADING, com.lowagie.text.Element.ALIGN_LEFT);
        }
        List<String> slugs = new java.util.ArrayList<>();
        for (int i = 0; i < options.size(); i++) slugs.add(slug(options.get(i), i));
        if (multiple) {
            // The tick box's own "off" appearance has no border: draw one on the page, for pens too.
            pdf.artifact(cb -> {
                cb.setColorStroke(Brand.MUTED);
                cb.setLineWidth(0.8f);
                for (Rectangle r : boxes) cb.rectangle(r.getLeft(), r.getBottom(), r.getWidth(), r.getHeight());
                cb.stroke();
            });
            checkboxes(parent, name, tooltip, options, boxes);
        }
        else radios(parent, name, tooltip, options, slugs, boxes);
        pdf.y = top - rows * rowHeight - 8;
    }

    /** A 1 to 5 scale of radio buttons exporting {@code 1}..{@code 5}, with the ends labelled. */
    void scale(PdfStructureElement parent, String name, String tooltip, String low, String high) {
        pdf.keep(46);
        float top = pdf.y;
        float step = 46;
        float x0 = pdf.left + 8;
        List<Rectangle> boxes = new java.util.ArrayList<>();
        List<String> labels = new java.util.ArrayList<>();
        List<String> exports = new java.util.ArrayList<>();
        PdfStructureElement numbers = pdf.struct(parent, com.lowagie.text.pdf.PdfName.P);
        for (int n = 1; n <= 5; n++) {
            float x = x0 + (n - 1) * step;
            boxes.add(new Rectangle(x, top - 18, x + 14, top - 4));
            labels.add(n + (n == 1 ? " (" + low + ")" : n == 5 ? " (" + high + ")" : ""));
            exports.add(String.valueOf(n));
        }
        for (int n = 1; n <= 5; n++) {
            float x = x0 + (n - 1) * step;
            pdf.writeAt(numbers, pdf.fonts.phrase(String.valueOf(n), Fonts.Style.BOLD, 9, Brand.MUTED), x - 6, top - 34,
                    x + 20, top - 20, 11, com.lowagie.text.Element.ALIGN_CENTER);
        }
        PdfStructureElement ends = pdf.struct(parent, com.lowagie.text.pdf.PdfName.P);
        float endsX = x0 + 5 * step;
        pdf.writeAt(ends, pdf.fonts.phrase("1 = " + low + "   5 = " + high, Fonts.Style.ITALIC, 9, Brand.MUTED),
                endsX, top - 24, pdf.right, top - 4, 11, com.lowagie.text.Element.ALIGN_LEFT);
        radios(parent, name, tooltip, labels, exports, boxes);
        pdf.y = top - 44;
    }

    /** The export value or partial field name of an option: lowercase ASCII words joined by '-'. */
    static String slug(String option, int index) {
        String ascii = Normalizer.normalize(option, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "option-" + (index + 1) : slug;
    }

    /** A tick box or radio button that names the embedded field font, not ZapfDingbats. */
    private static final class Mark extends RadioCheckField {
        private final BaseFont font;

        Mark(com.lowagie.text.pdf.PdfWriter writer, Rectangle box, String name, String onValue, BaseFont font) {
            super(writer, box, name, onValue);
            this.font = font;
            setBackgroundColor(Color.WHITE);
        }

        @Override
        protected BaseFont getRealFont() {
            return font;
        }
    }
}
