package org.flipside.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.flipside.plan.Download;
import org.flipside.plan.Plan;
import org.flipside.plan.Planner;
import org.flipside.scheme.SchemeLoader;
import org.flipside.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The packs of the shared fixtures, through the real loader and planner. */
class SharedFixturePacksTest {

    static final LocalDate BUILD = LocalDate.of(2026, 11, 20);

    @TempDir Path out;

    static Plan plan(String fixture) throws Exception {
        Path file = Shared.fixture(fixture);
        Path root = file.getParent();
        return Planner.plan(SchemeLoader.load(file, root, BUILD), root, BUILD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"full.yml", "minimal.yml"})
    void everyPackIsWrittenAndReadable(String fixture) throws Exception {
        Plan plan = plan(fixture);
        PdfResult result = PdfPacks.write(plan, Shared.fixture(fixture).getParent(), out);
        assertTrue(result.downloads().size() >= 3, result.downloads().toString());
        for (Download d : result.downloads()) {
            if (!d.fileName().endsWith(".pdf")) continue;
            try (PDDocument doc = PdfChecks.open(out.resolve(d.fileName()))) {
                assertTrue(doc.getNumberOfPages() >= 1);
                assertEquals(List.of(), PdfChecks.unembeddedFonts(doc), d.fileName());
            }
        }
    }

    @Test
    void fullFixtureDiaryAgreementAndCalendarMatchThePlan() throws Exception {
        Plan plan = plan("full.yml");
        PdfPacks.write(plan, Shared.fixture("full.yml").getParent(), out);
        try (PDDocument diary = PdfChecks.open(out.resolve("diary.pdf"))) {
            assertEquals(1 + plan.meetings().size() + plan.scheme().diary().checkpoints().size(), diary.getNumberOfPages());
        }
        String agreement = PdfChecks.text(out.resolve("agreement.pdf"));
        for (var clause : plan.scheme().agreement().clauses()) {
            assertTrue(agreement.contains(clause.title()), clause.title());
        }
        for (var meeting : plan.meetings()) {
            assertTrue(agreement.contains(PackContext.longDate(meeting.date())), meeting.toString());
        }
        var calendar = new CalendarBuilder().build(new StringReader(Files.readString(out.resolve("scheme.ics"))));
        int expected = (plan.recruitment() == null ? 0 : 1) + plan.phases().size() + plan.milestones().size()
                + plan.meetings().size() + plan.events().size()
                + (plan.scheme().nextSteps() != null && plan.scheme().nextSteps().feedbackSession() != null ? 1 : 0);
        assertEquals(expected, calendar.getComponents("VEVENT").size());
        String sensitive = plan.scheme().matching().questions().stream().filter(q -> q.sensitive())
                .map(q -> q.text()).findFirst().orElseThrow();
        assertTrue(!PdfChecks.text(out.resolve("handbook.pdf")).replace(" ", "").contains(sensitive.replace(" ", "")));
    }

    @Test
    void fullFixturePacksAreReproducible() throws Exception {
        Plan plan = plan("full.yml");
        PdfPacks.write(plan, Shared.fixture("full.yml").getParent(), out.resolve("a"));
        PdfResult second = PdfPacks.write(plan(("full.yml")), Shared.fixture("full.yml").getParent(), out.resolve("b"));
        for (Download d : second.downloads()) {
            assertArrayEquals(Files.readAllBytes(out.resolve("a").resolve(d.fileName())),
                    Files.readAllBytes(out.resolve("b").resolve(d.fileName())), d.fileName());
        }
    }
}
