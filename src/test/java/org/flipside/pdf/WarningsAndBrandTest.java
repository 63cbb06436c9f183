package org.flipside.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Agreement;
import org.flipside.model.Paper;
import org.flipside.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarningsAndBrandTest {

    @TempDir Path out;

    @Test
    void aCharacterNoFontHasIsAWarningNamingIt() throws Exception {
        Plan base = PlanFixture.plan();
        List<Agreement.Clause> clauses = new ArrayList<>(base.scheme().agreement().clauses());
        clauses.add(new Agreement.Clause("extra", "Ticks", "We mark what we did with ✓.", false));
        Plan plan = PlanFixture.with(base, new Agreement(clauses, base.scheme().agreement().signatories()),
                base.scheme().organisation().logo());
        List<Problem> warnings = AgreementPack.writeAgreement(plan, AgreementPackTest.ROOT, out.resolve("a.pdf"), Map.of());
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("scheme.yml: The character `✓` (U+2713 CHECK MARK) is not in any font Flipside ships, so it is "
                + "missing from a.pdf — Replace it with a similar character, or write the word without it.",
                warnings.get(0).toString());
    }

    @Test
    void anSvgLogoIsLeftOutWithAWarningAndThePacksStillBuild() throws Exception {
        Plan base = PlanFixture.plan();
        Plan plan = PlanFixture.with(base, base.scheme().agreement(), "content/assets/logo.svg");
        PdfResult result = PdfPacks.write(plan, AgreementPackTest.ROOT, out);
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).message().startsWith("The PDF packs cannot draw an SVG logo"));
        assertEquals(9, result.downloads().size());
    }

    @Test
    void aLightBrandColourGetsADarkerShadeForText() {
        Color accent = new Color(0xf4, 0xb9, 0x42);
        Color text = Brand.readable(accent);
        assertTrue(Brand.contrast(accent, Color.WHITE) < 4.5);
        assertTrue(Brand.contrast(text, Color.WHITE) >= 4.5, text.toString());
        assertTrue(Brand.contrast(text, Color.WHITE) < 6, "the lightest shade that passes, not black");
        Color navy = new Color(0x14, 0x36, 0x5d);
        assertEquals(navy, Brand.readable(navy));
    }

    @Test
    void letterPaperGivesLetterPages() throws Exception {
        PdfResult result = PdfPacks.write(PlanFixture.plan(List.of("agreement", "diary"), Paper.LETTER),
                AgreementPackTest.ROOT, out);
        assertEquals(2, result.downloads().size());
        try (PDDocument doc = PdfChecks.open(out.resolve("diary.pdf"))) {
            assertEquals(612, doc.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(792, doc.getPage(0).getMediaBox().getHeight(), 0.5);
            assertEquals(9, doc.getNumberOfPages());
        }
    }
}
