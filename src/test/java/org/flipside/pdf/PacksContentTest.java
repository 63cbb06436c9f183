package org.flipside.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDRadioButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flipside.plan.Download;
import org.flipside.plan.Plan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every pack of the hand-built plan, written once and read back with PDFBox. */
class PacksContentTest {

    @TempDir static Path out;
    static Plan plan;
    static PdfResult result;

    @BeforeAll
    static void writeAll() throws Exception {
        plan = PlanFixture.plan();
        result = PdfPacks.write(plan, AgreementPackTest.ROOT, out);
    }

    @Test
    void writesEveryPackInTheDocumentedOrder() {
        assertEquals(List.of("agreement.pdf", "diary.pdf", "prompts.pdf", "questionnaire-mentor.pdf",
                        "questionnaire-mentee.pdf", "survey-baseline.pdf", "survey-final.pdf", "handbook.pdf", "scheme.ics"),
                result.downloads().stream().map(Download::fileName).toList());
    }

    @Test
    void diaryHasACoverOnePagePerMeetingAndTheCheckpoints() throws Exception {
        try (PDDocument doc = PdfChecks.open(out.resolve("diary.pdf"))) {
            assertEquals(1 + 6 + 2, doc.getNumberOfPages());
            assertTrue(PdfChecks.pageText(doc, 1).contains("This diary belongs to you"));
            for (int n = 1; n <= 6; n++) {
                String page = PdfChecks.pageText(doc, n + 1);
                assertTrue(page.contains("Meeting " + n + ": " + plan.meetings().get(n - 1).theme().title()), page);
                assertTrue(page.contains(PackContext.longDate(plan.meetings().get(n - 1).date())), page);
            }
            assertTrue(PdfChecks.pageText(doc, 8).contains("Midpoint checkpoint"));
            assertTrue(PdfChecks.pageText(doc, 8).contains("Monday 10 August 2026"));
            assertTrue(PdfChecks.pageText(doc, 9).contains("What will I carry forward?"));
            Map<String, String> fields = PdfChecks.fields(doc);
            assertEquals("PDTextField", fields.get("meeting3_2"));
            assertEquals("PDTextField", fields.get("meeting6_date"));
            assertEquals("PDTextField", fields.get("midpoint_1"));
            assertEquals("PDTextField", fields.get("final_1"));
            assertEquals(6 * (2 + 3) + 2, fields.size());
        }
    }

    @Test
    void promptsHaveACardPerThemeWithItsMeetingAndPrompts() throws Exception {
        try (PDDocument doc = PdfChecks.open(out.resolve("prompts.pdf"))) {
            assertEquals(plan.scheme().themes().size(), doc.getNumberOfPages());
            String first = PdfChecks.pageText(doc, 1);
            assertTrue(first.contains("MEETING 1 · WEEK OF MONDAY 18 MAY 2026"), first);
            assertTrue(first.contains("Before you meet Read the agreement together."), first);
            assertTrue(first.contains("What would make this a safe space for you, Дмитрий?"), first);
            assertTrue(first.contains("What do I hope to learn, Ελένη?"), first);
            assertEquals(6, PdfChecks.bookmarks(doc).size());
        }
    }

    @Test
    void questionnaireFieldsHaveTheKindOfTheirQuestion() throws Exception {
        try (PDDocument doc = PdfChecks.open(out.resolve("questionnaire-mentee.pdf"))) {
            Map<String, String> fields = PdfChecks.fields(doc);
            assertEquals(Map.of("respondent_name", "PDTextField",
                    "topics.recruitment", "PDCheckBox", "topics.supervision", "PDCheckBox",
                    "topics.wellbeing", "PDCheckBox", "topics.hybrid-working", "PDCheckBox",
                    "practice-area", "PDRadioButton", "availability.early-morning", "PDCheckBox",
                    "availability.lunchtime", "PDCheckBox", "confidence", "PDRadioButton"), Map.copyOf(
                    fields.entrySet().stream().filter(e -> !e.getKey().equals("name") && !e.getKey().equals("hopes"))
                            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
            assertEquals("PDTextField", fields.get("name"));
            assertEquals("PDTextField", fields.get("hopes"));
            assertTrue(((PDTextField) doc.getDocumentCatalog().getAcroForm().getField("hopes")).isMultiline());
            PDRadioButton area = (PDRadioButton) doc.getDocumentCatalog().getAcroForm().getField("practice-area");
            assertEquals(List.of("corporate", "disputes", "real-estate"), area.getOnValues().stream().sorted().toList());
            PDRadioButton scale = (PDRadioButton) doc.getDocumentCatalog().getAcroForm().getField("confidence");
            assertEquals(List.of("1", "2", "3", "4", "5"), scale.getOnValues().stream().sorted().toList());
            String text = PdfChecks.text(doc);
            assertTrue(text.contains("You will never be matched with someone in your own reporting line."), text);
            assertTrue(text.contains("You will only be matched with someone who shares at least one of your answers to “When can you usually meet?”."), text);
        }
    }

    @Test
    void sensitiveQuestionAppearsOnlyInTheMentorQuestionnaireMarkedForTheMatcher() throws Exception {
        for (Download d : result.downloads()) {
            Path file = out.resolve(d.fileName());
            String text = d.fileName().endsWith(".pdf") ? PdfChecks.text(file) : Files.readString(file);
            boolean expected = d.fileName().equals("questionnaire-mentor.pdf");
            assertEquals(expected, text.contains("identity or background"), d.fileName());
            if (expected) assertTrue(text.contains("Seen only by the matcher. You may leave this blank."));
        }
    }

    @Test
    void surveysCarryTheirItemsAndTheAnonymityStatement() throws Exception {
        String baseline = PdfChecks.text(out.resolve("survey-baseline.pdf"));
        String fin = PdfChecks.text(out.resolve("survey-final.pdf"));
        assertTrue(baseline.contains("I feel my voice is heard at this firm"));
        assertFalse(baseline.contains("good use of my time"), "final-only item not in the baseline");
        assertTrue(fin.contains("The scheme was a good use of my time"));
        assertFalse(fin.contains("(1-5)"), "the scale marker is not printed");
        assertTrue(baseline.contains("Results are only ever reported for groups of at least 5 people"), baseline);
        assertFalse(Files.exists(out.resolve("survey-follow-up.pdf")), "interviews are not surveys");
        try (PDDocument doc = PdfChecks.open(out.resolve("survey-final.pdf"))) {
            Map<String, String> fields = PdfChecks.fields(doc);
            assertEquals("PDRadioButton", fields.get("reaction_1"));
            assertEquals("PDTextField", fields.get("reaction_2"));
            assertEquals("PDRadioButton", fields.get("belonging_1"));
            assertEquals("PDRadioButton", fields.get("role"));
            assertEquals("PDTextField", fields.get("comments"));
        }
    }

    @Test
    void handbookHasCoverContentsWithPageNumbersChaptersAndBookmarks() throws Exception {
        try (PDDocument doc = PdfChecks.open(out.resolve("handbook.pdf"))) {
            String contents = PdfChecks.pageText(doc, 2);
            assertTrue(contents.contains("1 Welcome 3"), contents);
            assertTrue(contents.contains("2 Timeline 4"), contents);
            assertTrue(PdfChecks.pageText(doc, 3).startsWith("Welcome Why we run the scheme"),
                    PdfChecks.pageText(doc, 3));
            assertTrue(PdfChecks.pageText(doc, 4).contains("Timeline"));
            List<String> bookmarks = PdfChecks.bookmarks(doc);
            assertTrue(bookmarks.containsAll(List.of("Handbook", "Contents", "Welcome", "  Who it is for", "Timeline",
                    "  Phases", "  Milestones", "The mentoring agreement")), bookmarks.toString());
            String text = PdfChecks.text(doc);
            assertTrue(text.contains("Page 3 of " + doc.getNumberOfPages()), "footer page numbers");
            assertTrue(text.contains("Need support? LawCare 0800 279 6888"), "support line");
            assertTrue(text.contains("visit LawCare (https://www.lawcare.org.uk)"), "links keep their address");
            assertTrue(text.contains("Mentors such as Nguyễn Thị Mai and mentees such as Дмитрий Иванов"));
            assertTrue(text.contains("Launch and match (2 weeks) 4 May 2026 17 May 2026"), text);
            assertTrue(text.contains("1. Confidentiality"), "generated agreement chapter");
            assertFalse(text.contains("---"), "table separator rows are not printed");
            var links = doc.getPage(2).getAnnotations().stream()
                    .filter(a -> a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink)
                    .map(a -> (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) a).toList();
            assertEquals(1, links.size(), "the external link is clickable; the link to agreement.html is not");
            assertEquals("https://www.lawcare.org.uk",
                    ((org.apache.pdfbox.pdmodel.interactive.action.PDActionURI) links.get(0).getAction()).getURI());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"agreement.pdf", "diary.pdf", "prompts.pdf", "questionnaire-mentor.pdf",
            "questionnaire-mentee.pdf", "survey-baseline.pdf", "survey-final.pdf", "handbook.pdf"})
    void everyFontIsEmbeddedAndTheDocumentIsDescribed(String file) throws Exception {
        try (PDDocument doc = PdfChecks.open(out.resolve(file))) {
            assertEquals(List.of(), PdfChecks.unembeddedFonts(doc));
            assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentInformation().getTitle().contains("Calder & Wren Reverse Mentoring"));
            assertFalse(PdfChecks.bookmarks(doc).isEmpty());
            assertTrue(doc.getDocumentCatalog().getStructureTreeRoot() != null);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"diary.pdf", "prompts.pdf", "questionnaire-mentor.pdf", "questionnaire-mentee.pdf",
            "survey-baseline.pdf", "survey-final.pdf"})
    void theOtherPacksPassPdfUaMachineChecksToo(String file) throws Exception {
        assertEquals(List.of(), PdfUa.failures(out.resolve(file)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"agreement.pdf", "diary.pdf", "questionnaire-mentor.pdf", "survey-final.pdf"})
    void everyFieldCanBeFilledAndTheFilledTextIsDrawn(String file) throws Exception {
        String[] names = {"Zoë Ñúñez", "Łukasz Wójcik", "Nguyễn Thị Mai", "Ελένη", "Дмитрий"};
        try (PDDocument doc = PdfChecks.open(out.resolve(file))) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            int i = 0;
            PDTextField firstText = null;
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDTextField text) {
                    text.setValue(names[i++ % names.length]);
                    if (firstText == null) firstText = text;
                } else if (field instanceof PDCheckBox box) {
                    box.check();
                } else if (field instanceof PDRadioButton radio) {
                    radio.setValue(radio.getOnValues().iterator().next());
                } else if (field instanceof PDButton) {
                    throw new AssertionError("unexpected button " + field.getFullyQualifiedName());
                }
            }
            var widget = firstText.getWidgets().get(0);
            var box = widget.getRectangle();
            int page = doc.getPages().indexOf(widget.getPage());
            assertTrue(PdfChecks.inkIn(doc, page, box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(),
                    box.getHeight()) > 20, "the filled text is drawn in " + firstText.getFullyQualifiedName());
            form.flatten();
            String text = new PDFTextStripper().getText(doc);
            for (int n = 0; n < Math.min(i, names.length); n++) assertTrue(text.contains(names[n]), names[n] + " in " + file);
        }
    }
}
