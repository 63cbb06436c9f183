package org.flipside.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessibilityTest {

    @TempDir Path out;

    @Test
    void agreementPassesPdfUaMachineChecks() throws Exception {
        Path file = out.resolve("agreement.pdf");
        AgreementPack.writeAgreement(PlanFixture.plan(), AgreementPackTest.ROOT, file, Map.of());
        assertEquals(List.of(), PdfUa.failures(file));
    }

    @Test
    void handbookPassesPdfUaMachineChecks() throws Exception {
        PdfResult result = PdfPacks.write(PlanFixture.plan(List.of("handbook"), org.flipside.model.Paper.A4),
                AgreementPackTest.ROOT, out);
        assertEquals(1, result.downloads().size());
        assertEquals(List.of(), PdfUa.failures(out.resolve("handbook.pdf")));
    }
}
