package org.flipside.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.flipside.plan.Chapter;
import org.flipside.plan.Download;
import org.flipside.plan.Plan;
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

    /**
     * A second thread taking packs ({@link PackWork#help}) changes nothing: the same files, byte for byte, and
     * the same warnings in the same order, here a logo that cannot be read and a character no font has, which
     * every pack reports.
     */
    @Test
    void packsWrittenByTwoThreadsAreThoseOfOne() throws Exception {
        Plan base = PlanFixture.plan();
        Plan plan = new Plan(PlanFixture.with(base, base.scheme().agreement(), "content/assets/missing.png").scheme(),
                base.buildDate(), base.phases(), base.milestones(), base.meetings(), base.events(), base.recruitment(),
                base.end(), List.of(new Chapter("welcome", "Welcome \u4e2d", null, List.of(), "Text \u4e2d.", false,
                        "content/welcome.md")), List.of());
        PdfResult alone = PdfPacks.write(plan, AgreementPackTest.ROOT, out.resolve("alone"));

        PackWork work = new PackWork();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger helped = new AtomicInteger();
        Thread helper = new Thread(() -> {
            while (!done.get()) {
                helped.addAndGet(work.help());
                Thread.onSpinWait();
            }
        });
        helper.start();
        PdfResult shared = PdfPacks.write(plan, AgreementPackTest.ROOT, out.resolve("shared"), work);
        done.set(true);
        helper.join();
        assertTrue(helped.get() > 0, "the other thread wrote some of the packs");

        assertEquals(alone.downloads(), shared.downloads());
        assertEquals(alone.warnings(), shared.warnings());
        assertEquals(2, alone.warnings().size(), alone.warnings().toString());
        for (Download d : alone.downloads()) {
            assertArrayEquals(Files.readAllBytes(out.resolve("alone").resolve(d.fileName())),
                    Files.readAllBytes(out.resolve("shared").resolve(d.fileName())), d.fileName());
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
