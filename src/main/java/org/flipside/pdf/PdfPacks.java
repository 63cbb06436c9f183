package org.flipside.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ConcurrentHashMap;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.model.Handbook;
import org.flipside.model.Moment;
import org.flipside.plan.Download;
import org.flipside.plan.Plan;
import org.flipside.util.Tasks;

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

    /** As {@link #write(Plan, Path, Path)}, offering the packs to {@code work} for another thread to help with. */
    public static PdfResult write(Plan plan, Path projectRoot, Path downloadsDir, PackWork work) throws ProblemException {
        return writeChanged(plan, projectRoot, downloadsDir, Map.of(), work).result();
    }

    /**
     * As {@link #write}, except that a pack found in {@code unchanged} is not written again: the caller has put
     * its files in {@code downloadsDir} already, from an earlier run whose {@link #inputOf input} for that pack
     * was the same, and its downloads and warnings are taken from that run. The result is exactly what
     * {@link #write} would return.
     */
    public static Written writeChanged(Plan plan, Path projectRoot, Path downloadsDir, Map<String, PackOutput> unchanged)
            throws ProblemException {
        return writeChanged(plan, projectRoot, downloadsDir, unchanged, new PackWork());
    }

    /**
     * As {@link #writeChanged(Plan, Path, Path, Map)}, with the packs to write offered to {@code work}, so that
     * another thread calling {@link PackWork#help} writes some of them while this one writes the rest.
     */
    public static Written writeChanged(Plan plan, Path projectRoot, Path downloadsDir, Map<String, PackOutput> unchanged,
                                       PackWork work) throws ProblemException {
        PackContext build = new PackContext(plan, projectRoot);
        Map<Thread, PackContext> contexts = new ConcurrentHashMap<>();
        List<String> before = handbookLines(plan);
        Map<String, FutureTask<PackOutput>> writing = new LinkedHashMap<>();
        for (String pack : Handbook.PACKS) {
            if (!plan.scheme().handbook().packs().contains(pack) || unchanged.containsKey(pack)) continue;
            FutureTask<PackOutput> task = new FutureTask<>(() -> {
                PackContext context = contexts.computeIfAbsent(Thread.currentThread(), t -> new PackContext(build));
                context.warnings.clear();
                List<Download> written = writePack(context, pack, downloadsDir, before);
                return new PackOutput(pack, written, context.warnings,
                        context.glyphs.missingFrom(written.stream().map(Download::fileName).toList()));
            });
            writing.put(pack, task);
            work.add(task);
        }
        work.help();

        List<Download> downloads = new ArrayList<>();
        Map<String, PackOutput> packs = new LinkedHashMap<>();
        for (String pack : Handbook.PACKS) {
            PackOutput output = writing.containsKey(pack) ? Tasks.result(writing.get(pack)) : unchanged.get(pack);
            if (output == null) continue;
            for (Problem w : output.warnings) if (!build.warnings.contains(w)) build.warnings.add(w);
            output.missingGlyphs.forEach((cp, files) -> files.forEach(f -> build.glyphs.missing(cp, f)));
            downloads.addAll(output.downloads());
            packs.put(pack, output);
        }
        List<Problem> warnings = new ArrayList<>(build.warnings);
        warnings.addAll(build.glyphs.warnings(plan.scheme().sources().file()));
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

    /**
     * Writes one pack; returns its files. {@code handbookLines}: what the handbook says of the packs listed
     * before it (known without writing them, so the handbook need not wait for them).
     */
    private static List<Download> writePack(PackContext context, String pack, Path downloadsDir, List<String> handbookLines)
            throws ProblemException {
        Plan plan = context.plan;
        try {
            switch (pack) {
                case "agreement" -> AgreementPack.write(context, downloadsDir.resolve("agreement.pdf"), Map.of());
                case "diary" -> DiaryPack.write(context, downloadsDir.resolve("diary.pdf"));
                case "prompts" -> PromptsPack.write(context, downloadsDir.resolve("prompts.pdf"));
                case "questionnaire" -> {
                    for (String audience : QuestionnairePack.audiences()) {
                        QuestionnairePack.write(context, downloadsDir.resolve("questionnaire-" + audience + ".pdf"), audience);
                    }
                }
                case "surveys" -> {
                    for (Moment moment : SurveyPack.moments(plan.scheme().evaluation())) {
                        SurveyPack.write(context, downloadsDir.resolve(SurveyPack.fileName(moment)), moment);
                    }
                }
                case "handbook" -> HandbookPack.write(context, downloadsDir.resolve("handbook.pdf"), handbookLines);
                case "calendar" -> {
                    Path file = downloadsDir.resolve("scheme.ics");
                    int events = CalendarPack.write(plan, file);
                    return List.of(download(file, "Scheme calendar",
                            "Every phase, meeting and event of " + plan.scheme().scheme().name() + " (" + events
                                    + " events) to import into Outlook, Google or Apple Calendar."));
                }
                default -> { }
            }
            List<Download> downloads = new ArrayList<>();
            for (Listing listing : listing(plan, pack)) {
                downloads.add(download(downloadsDir.resolve(listing.fileName()), listing.title(), listing.description()));
            }
            return downloads;
        } catch (IOException e) {
            throw new ProblemException(Problem.error(Location.ofFile(downloadsDir.toString()),
                    "Could not write the `" + pack + "` pack: " + e.getMessage(),
                    "Check that the output folder can be written to and that the disk is not full."));
        }
    }

    /** How the downloads page names a file of a pack, and says what it is for. */
    private record Listing(String fileName, String title, String description) {}

    /** A pack's files as the downloads page lists them; not the calendar's, whose description counts its events. */
    private static List<Listing> listing(Plan plan, String pack) {
        return switch (pack) {
            case "agreement" -> List.of(new Listing("agreement.pdf", "Mentoring agreement",
                    "The agreement each pair reads, fills in and signs at their first meeting."));
            case "diary" -> List.of(new Listing("diary.pdf", "Reflective diary",
                    "A private page to reflect on after each meeting, with midpoint and final checkpoints."));
            case "prompts" -> List.of(new Listing("prompts.pdf", "Meeting prompts",
                    "One card per meeting theme with questions for the mentor, the mentee and both."));
            case "questionnaire" -> QuestionnairePack.audiences().stream()
                    .map(audience -> new Listing("questionnaire-" + audience + ".pdf", "Matching questionnaire for " + audience + "s",
                            "The questions " + audience + "s answer before matching, as a fillable form."))
                    .toList();
            case "surveys" -> SurveyPack.moments(plan.scheme().evaluation()).stream()
                    .map(moment -> new Listing(SurveyPack.fileName(moment), SurveyPack.title(moment), SurveyPack.description(moment)))
                    .toList();
            case "handbook" -> List.of(new Listing("handbook.pdf", "The full handbook",
                    "Every chapter of this handbook in one printable document, with contents and bookmarks."));
            default -> List.of();
        };
    }

    /** What the handbook's Downloads chapter says of the packs listed before it. */
    private static List<String> handbookLines(Plan plan) {
        List<String> lines = new ArrayList<>();
        for (String pack : Handbook.PACKS.subList(0, Handbook.PACKS.indexOf("handbook"))) {
            if (!plan.scheme().handbook().packs().contains(pack)) continue;
            for (Listing l : listing(plan, pack)) lines.add(l.title() + " (" + l.fileName() + "): " + l.description());
        }
        return lines;
    }

    private static Download download(Path file, String title, String description) throws IOException {
        return new Download(file.getFileName().toString(), title, description, Files.size(file));
    }
}
