package org.flipside.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * Writes every pack listed in {@code handbook.packs} into {@code downloadsDir}, in the order of
     * {@link Handbook#PACKS}.
     *
     * @return the files written, in the order the downloads page lists them, and the warnings found
     * @throws ProblemException when a file cannot be written (the message names it)
     */
    public static PdfResult write(Plan plan, Path projectRoot, Path downloadsDir) throws ProblemException {
        PackContext context = new PackContext(plan, projectRoot);
        List<Download> downloads = new ArrayList<>();
        List<String> packs = plan.scheme().handbook().packs();
        String name = plan.scheme().scheme().name();
        for (String pack : Handbook.PACKS) {
            if (!packs.contains(pack)) continue;
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
                            downloads.add(download(file, SurveyPack.title(moment),
                                    SurveyPack.description(moment)));
                        }
                    }
                    case "handbook" -> {
                        Path file = downloadsDir.resolve("handbook.pdf");
                        HandbookPack.write(context, file, HandbookPack.downloadLines(downloads));
                        downloads.add(download(file, "The full handbook",
                                "Every chapter of this handbook in one printable document, with contents and bookmarks."));
                    }
                    case "calendar" -> {
                        Path file = downloadsDir.resolve("scheme.ics");
                        int events = CalendarPack.write(plan, file);
                        downloads.add(download(file, "Scheme calendar",
                                "Every phase, meeting and event of " + name + " (" + events
                                        + " events) to import into Outlook, Google or Apple Calendar."));
                    }
                    default -> { }
                }
            } catch (IOException e) {
                throw new ProblemException(Problem.error(Location.ofFile(downloadsDir.toString()),
                        "Could not write the `" + pack + "` pack: " + e.getMessage(),
                        "Check that the output folder can be written to and that the disk is not full."));
            }
        }
        List<Problem> warnings = new ArrayList<>(context.warnings);
        warnings.addAll(context.glyphs.warnings(plan.scheme().sources().file()));
        return new PdfResult(downloads, warnings);
    }

    private static Download download(Path file, String title, String description) throws IOException {
        return new Download(file.getFileName().toString(), title, description, Files.size(file));
    }
}
