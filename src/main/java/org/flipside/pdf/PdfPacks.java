package org.flipside.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.model.Handbook;
import org.flipside.model.Moment;
import org.flipside.plan.Download;
import org.flipside.plan.Plan;

/** Writes the printable packs and the scheme calendar. */
public final class PdfPacks {

    private PdfPacks() {}

    /** What {@link #writeChanged} produced: the result {@link #write} would return, and each pack's part of it. */
    public record Written(PdfResult result, Map<String, PackOutput> packs) {}

    /**
     * Writes every pack listed in {@code handbook.packs} into {@code downloadsDir}, in the order of
     * {@link Handbook#PACKS}.
     *
     * @return the files written, in the order the downloads page lists them, and the warnings found
     * @throws ProblemException when a file cannot be written (the message names it)
     */
    public static PdfResult write(Plan plan, Path projectRoot, Path downloadsDir) throws ProblemException {
        return writeChanged(plan, projectRoot, downloadsDir, Map.of()).result();
    }

    /**
     * As {@link #write}, except that a pack found in {@code unchanged} is not written again: the caller has put
     * its files in {@code downloadsDir} already, from an earlier run whose {@link #inputOf input} for that pack
     * was the same, and its downloads and warnings are taken from that run. The result is exactly what
     * {@link #write} would return.
     */
    public static Written writeChanged(Plan plan, Path projectRoot, Path downloadsDir, Map<String, PackOutput> unchanged)
            throws ProblemException {
        PackContext context = new PackContext(plan, projectRoot);
        List<Download> downloads = new ArrayList<>();
        Map<String, PackOutput> packs = new LinkedHashMap<>();
        for (String pack : Handbook.PACKS) {
            if (!plan.scheme().handbook().packs().contains(pack)) continue;
            PackOutput output = unchanged.get(pack);
            if (output != null) {
                for (Problem w : output.warnings) if (!context.warnings.contains(w)) context.warnings.add(w);
                output.missingGlyphs.forEach((cp, files) -> files.forEach(f -> context.glyphs.missing(cp, f)));
            } else {
                int warningsBefore = context.warnings.size();
                List<Download> written = writePack(context, pack, downloadsDir, downloads);
                output = new PackOutput(pack, written,
                        context.warnings.subList(warningsBefore, context.warnings.size()),
                        context.glyphs.missingFrom(written.stream().map(Download::fileName).toList()));
            }
            downloads.addAll(output.downloads());
            packs.put(pack, output);
        }
        List<Problem> warnings = new ArrayList<>(context.warnings);
        warnings.addAll(context.glyphs.warnings(plan.scheme().sources().file()));
        return new Written(new PdfResult(downloads, warnings), packs);
    }

    /**
     * The part of {@code plan} that {@code pack} reads: the handbook reads it all; the other packs do not read
     * the chapters (nor the warnings), so a chapter edit leaves them as they were. Besides the plan, the handbook
     * reads the project's files in {@code content/} (images in chapters) and the logo; the others only the logo.
     */
    public static Plan inputOf(String pack, Plan plan) {
        if (readsChapters(pack)) return plan;
        return new Plan(plan.scheme(), plan.buildDate(), plan.phases(), plan.milestones(), plan.meetings(),
                plan.events(), plan.recruitment(), plan.end(), List.of(), List.of());
    }

    /** True for the packs that print the chapters (and so read the files the chapters show). */
    public static boolean readsChapters(String pack) {
        return pack.equals("handbook");
    }

    /** Writes one pack; returns its files. {@code before}: the files of the packs written before it. */
    private static List<Download> writePack(PackContext context, String pack, Path downloadsDir, List<Download> before)
            throws ProblemException {
        Plan plan = context.plan;
        List<Download> downloads = new ArrayList<>();
        try {
            switch (pack) {
                case "agreement" -> {
                    Path file = downloadsDir.resolve("agreement.pdf");
                    AgreementPack.write(context, file, Map.of());
                    downloads.add(download(file, "Mentoring agreement",
                            "The agreement each pair reads, fills in and signs at their first meeting."));
                }
                case "diary" -> {
                    Path file = downloadsDir.resolve("diary.pdf");
                    DiaryPack.write(context, file);
                    downloads.add(download(file, "Reflective diary",
                            "A private page to reflect on after each meeting, with midpoint and final checkpoints."));
                }
                case "prompts" -> {
                    Path file = downloadsDir.resolve("prompts.pdf");
                    PromptsPack.write(context, file);
                    downloads.add(download(file, "Meeting prompts",
                            "One card per meeting theme with questions for the mentor, the mentee and both."));
                }
                case "questionnaire" -> {
                    for (String audience : QuestionnairePack.audiences()) {
                        Path file = downloadsDir.resolve("questionnaire-" + audience + ".pdf");
                        QuestionnairePack.write(context, file, audience);
                        downloads.add(download(file, "Matching questionnaire for " + audience + "s",
                                "The questions " + audience + "s answer before matching, as a fillable form."));
                    }
                }
                case "surveys" -> {
                    for (Moment moment : SurveyPack.moments(plan.scheme().evaluation())) {
                        Path file = downloadsDir.resolve(SurveyPack.fileName(moment));
                        SurveyPack.write(context, file, moment);
                        downloads.add(download(file, SurveyPack.title(moment), SurveyPack.description(moment)));
                    }
                }
                case "handbook" -> {
                    Path file = downloadsDir.resolve("handbook.pdf");
                    HandbookPack.write(context, file, HandbookPack.downloadLines(before));
                    downloads.add(download(file, "The full handbook",
                            "Every chapter of this handbook in one printable document, with contents and bookmarks."));
                }
                case "calendar" -> {
                    Path file = downloadsDir.resolve("scheme.ics");
                    int events = CalendarPack.write(plan, file);
                    downloads.add(download(file, "Scheme calendar",
                            "Every phase, meeting and event of " + plan.scheme().scheme().name() + " (" + events
                                    + " events) to import into Outlook, Google or Apple Calendar."));
                }
                default -> { }
            }
        } catch (IOException e) {
            throw new ProblemException(Problem.error(Location.ofFile(downloadsDir.toString()),
                    "Could not write the `" + pack + "` pack: " + e.getMessage(),
                    "Check that the output folder can be written to and that the disk is not full."));
        }
        return downloads;
    }

    private static Download download(Path file, String title, String description) throws IOException {
        return new Download(file.getFileName().toString(), title, description, Files.size(file));
    }
}
