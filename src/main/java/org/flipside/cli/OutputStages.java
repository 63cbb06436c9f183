package org.flipside.cli;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import org.flipside.diagnostic.ProblemException;
import org.flipside.pdf.PackWork;
import org.flipside.pdf.PdfPacks;
import org.flipside.pdf.PdfResult;
import org.flipside.plan.Download;
import org.flipside.plan.Plan;
import org.flipside.site.SiteBuilder;
import org.flipside.util.Tasks;

/**
 * Writes the PDF packs and the website at the same time, on two threads. The site's downloads page lists the
 * packs' sizes, so the site sees them as a list that waits for the packs when first read; the site's renderer
 * makes that page last. Failures read as they would in order: the packs' problems first, then the site's.
 */
final class OutputStages {

    /** Writes the packs into the downloads folder it is given. */
    @FunctionalInterface
    interface PdfStage {
        PdfResult write(Path downloadsDir) throws ProblemException;
    }

    /** What the two stages wrote, and how long each took. */
    record Written(int pages, PdfResult packs, long pdfNanos, long siteNanos) {}

    private OutputStages() {}

    /**
     * A clean build's packs and website. The website's thread, once it has made every page but the downloads
     * page, helps write the packs still waiting ({@link PackWork}) instead of waiting for them.
     */
    static Written write(Plan plan, Path root, Path outputDir) throws ProblemException {
        PackWork work = new PackWork();
        return write(plan, root, outputDir, dir -> PdfPacks.write(plan, root, dir, work), work);
    }

    static Written write(Plan plan, Path root, Path outputDir, PdfStage pdfs) throws ProblemException {
        return write(plan, root, outputDir, pdfs, new PackWork());
    }

    /** As {@link #write(Plan, Path, Path, PdfStage)}; the website's thread helps {@code work} when it has to wait. */
    static Written write(Plan plan, Path root, Path outputDir, PdfStage pdfs, PackWork work) throws ProblemException {
        long[] pdfNanos = new long[1];
        FutureTask<PdfResult> pdf = inBackground(() -> {
            long t = System.nanoTime();
            try {
                return pdfs.write(outputDir.resolve("downloads"));
            } finally {
                pdfNanos[0] = System.nanoTime() - t;
            }
        });

        long t = System.nanoTime();
        int pages = 0;
        ProblemException siteProblems = null;
        RuntimeException siteCrash = null;
        try {
            pages = SiteBuilder.build(plan, root, root.resolve("themes/default"), outputDir, new Awaited(pdf, work));
        } catch (ProblemException e) {
            siteProblems = e;
        } catch (RuntimeException e) {
            siteCrash = e;
        }
        long siteNanos = System.nanoTime() - t;
        PdfResult packs = Tasks.result(pdf);
        if (siteProblems != null) throw siteProblems;
        if (siteCrash != null) throw siteCrash;
        return new Written(pages, packs, pdfNanos[0], siteNanos);
    }

    /** Starts writing PDF packs on another thread (a daemon: it never holds up the end of the process). */
    static <T> FutureTask<T> inBackground(Callable<T> packs) {
        FutureTask<T> task = new FutureTask<>(packs);
        Thread thread = new Thread(task, "flipside-pdf");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** The packs' downloads, waited for when the site first reads them. */
    private static final class Awaited extends AbstractList<Download> {
        private final FutureTask<PdfResult> pdf;
        private final PackWork work;

        Awaited(FutureTask<PdfResult> pdf, PackWork work) {
            this.pdf = pdf;
            this.work = work;
        }

        private List<Download> downloads() {
            work.help();
            try {
                return Tasks.result(pdf).downloads();
            } catch (ProblemException e) {
                // Reported by write(), which throws the packs' own problems once the site has stopped.
                throw new IllegalStateException("the PDF packs could not be written", e);
            }
        }

        @Override
        public Download get(int index) {
            return downloads().get(index);
        }

        @Override
        public int size() {
            return downloads().size();
        }
    }
}
