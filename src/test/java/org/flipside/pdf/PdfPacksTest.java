package org.flipside.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flipside.plan.Download;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPacksTest {

    @TempDir Path out;

    @Test
    void twoRunsGiveByteIdenticalFiles() throws Exception {
        PdfResult first = PdfPacks.write(PlanFixture.plan(), AgreementPackTest.ROOT, out.resolve("a"));
        PdfResult second = PdfPacks.write(PlanFixture.plan(), AgreementPackTest.ROOT, out.resolve("b"));
        assertEquals(first.downloads(), second.downloads());
        assertTrue(first.downloads().size() >= 2);
        for (Download d : first.downloads()) {
            assertArrayEquals(Files.readAllBytes(out.resolve("a").resolve(d.fileName())),
                    Files.readAllBytes(out.resolve("b").resolve(d.fileName())), d.fileName() + " is reproducible");
        }
    }

    @Test
    void everyDownloadHasATitleDescriptionAndItsRealSize() throws Exception {
        PdfResult result = PdfPacks.write(PlanFixture.plan(), AgreementPackTest.ROOT, out);
        for (Download d : result.downloads()) {
            assertTrue(!d.title().isBlank() && d.description().endsWith("."), d.toString());
            assertEquals(Files.size(out.resolve(d.fileName())), d.bytes());
        }
        assertEquals(List.of(), result.warnings());
    }
}
