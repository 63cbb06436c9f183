package org.flipside.pdf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flipside.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementPackTest {

    static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir Path out;

    @Test
    void agreementHoldsEveryClauseMeetingDateAndSupportContact() throws Exception {
        Plan plan = PlanFixture.plan();
        Path file = out.resolve("agreement.pdf");
        AgreementPack.writeAgreement(plan, ROOT, file, Map.of());
        String text = PdfChecks.text(file);
        assertAll(plan.scheme().agreement().clauses().stream().map(c -> () -> {
            assertTrue(text.contains(c.title()), "clause title " + c.title());
            assertTrue(text.contains(c.text()), "clause text " + c.text());
        }));
        assertTrue(text.contains("Monday 18 May 2026"), text);
        assertTrue(text.contains("Monday 5 October 2026"), text);
        assertTrue(text.contains("LawCare"));
        assertTrue(text.contains("Zoë Ñúñez"), "Unicode scheme lead name survives");
    }

    @Test
    void fieldsAreTheDocumentedTextFields() throws Exception {
        Plan plan = PlanFixture.plan();
        Path file = out.resolve("agreement.pdf");
        AgreementPack.writeAgreement(plan, ROOT, file, Map.of());
        List<String> expected = List.of("mentor_name", "mentee_name", "buddy_name", "start_date", "review_date",
                "shared_goals", "off_limits", "mentor_print_name", "mentor_signature", "mentor_date",
                "mentee_print_name", "mentee_signature", "mentee_date", "scheme_lead_print_name",
                "scheme_lead_signature", "scheme_lead_date");
        try (PDDocument doc = PdfChecks.open(file)) {
            Map<String, String> fields = PdfChecks.fields(doc);
            assertEquals(expected, AgreementPack.fieldNames(plan));
            assertEquals(expected, List.copyOf(fields.keySet()));
            assertEquals(expected.size(), doc.getDocumentCatalog().getAcroForm(null).getFields().size(), "no duplicate names");
            assertTrue(fields.values().stream().allMatch("PDTextField"::equals), fields.toString());
            assertTrue(fields.containsKey("scheme_lead_signature"));
            assertTrue(fields.containsKey("mentee_date"));
        }
    }

    @Test
    void everyFieldCanBeFilledWithUnicodeNamesAndShowsTheText() throws Exception {
        Path file = out.resolve("agreement.pdf");
        AgreementPack.writeAgreement(PlanFixture.plan(), ROOT, file, Map.of());
        String[] names = {"Zoë Ñúñez", "Łukasz Wójcik", "Nguyễn Thị Mai", "Ελένη", "Дмитрий"};
        try (PDDocument doc = PdfChecks.open(file)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            int i = 0;
            Map<String, String> values = new HashMap<>();
            for (PDField field : form.getFieldTree()) {
                String value = names[i++ % names.length];
                field.setValue(value);
                values.put(field.getFullyQualifiedName(), value);
            }
            PDAnnotationWidget widget = form.getField("mentor_name").getWidgets().get(0);
            var box = widget.getRectangle();
            int pageIndex = doc.getPages().indexOf(widget.getPage());
            assertTrue(PdfChecks.inkIn(doc, Math.max(pageIndex, 0), box.getLowerLeftX(), box.getLowerLeftY(),
                    box.getWidth(), box.getHeight()) > 20, "the filled name is drawn in its box");
            form.flatten();
            String text = new PDFTextStripper().getText(doc);
            for (String name : names) assertTrue(text.contains(name), name + " appears after flattening");
        }
    }

    @Test
    void prefilledAgreementKeepsFieldsFillable() throws Exception {
        Path file = out.resolve("pair-1.pdf");
        AgreementPack.writeAgreement(PlanFixture.plan(), ROOT, file, PlanFixture.unicodeNames());
        try (PDDocument doc = PdfChecks.open(file)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            assertEquals("Nguyễn Thị Mai", form.getField("mentor_name").getValueAsString());
            assertEquals("Łukasz Wójcik", form.getField("mentee_name").getValueAsString());
            assertTrue(!form.getField("mentor_name").isReadOnly());
            form.flatten();
            assertTrue(new PDFTextStripper().getText(doc).contains("Ελένη Παπαδοπούλου"));
        }
    }

    @Test
    void unknownPrefillFieldIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgreementPack.writeAgreement(
                PlanFixture.plan(), ROOT, out.resolve("x.pdf"), Map.of("mentor", "A")));
        assertTrue(e.getMessage().startsWith("The agreement has no field mentor; its fields are mentor_name, "), e.getMessage());
        assertTrue(Files.notExists(out.resolve("x.pdf")));
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        Path file = out.resolve("agreement.pdf");
        AgreementPack.writeAgreement(PlanFixture.plan(), ROOT, file, Map.of());
        try (PDDocument doc = PdfChecks.open(file)) {
            assertEquals(List.of(), PdfChecks.unembeddedFonts(doc));
            assertTrue(PdfChecks.bookmarks(doc).contains("Mentoring agreement"));
            assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getMarkInfo() != null);
        }
    }
}
