package org.flipside.match;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.model.Matching;
import org.flipside.util.OutputFolder;

/**
 * The private folder the results go to ({@code private/matching/} by default). It is replaced as a whole, and
 * only when everything was written, so a failed run leaves the previous results as they were and no stale
 * agreement lingers from an earlier pairing.
 */
public final class MatchFolder {

    /** The first line of the folder's README.txt; a folder starting with it is one this command may replace. */
    static final String MARKER = "Flipside matching results: this folder holds personal data.";

    /** Writes one pre-filled agreement for a pair. */
    @FunctionalInterface
    public interface AgreementWriter {
        void write(MatchResult.Pair pair, Path file) throws Exception;
    }

    private MatchFolder() {}

    /**
     * Refuses a folder inside the website output (it would be published) and an existing folder with other
     * files in it (replacing it would lose them).
     */
    public static void check(Path target, Path websiteOutput) throws ProblemException {
        check(target, websiteOutput, List.of());
    }

    /**
     * As {@link #check(Path, Path)}, also refusing folders inside {@code websiteSources} ({@code content/},
     * {@code themes/}): what is there may be copied into the website.
     */
    public static void check(Path target, Path websiteOutput, List<Path> websiteSources) throws ProblemException {
        Path folder = real(target);
        Path website = real(websiteOutput);
        if (folder.startsWith(website) || website.startsWith(folder)) {
            throw new ProblemException(Problem.error(Location.ofFile("command line"),
                    "`--out " + target + "` is inside or around the website output folder `" + websiteOutput
                            + "`: the matching results hold personal data and must never be published",
                    "Leave out `--out` to use `private/matching/`, or choose a folder outside the website output."));
        }
        for (Path source : websiteSources) {
            if (folder.startsWith(real(source))) {
                throw new ProblemException(Problem.error(Location.ofFile("command line"),
                        "`--out " + target + "` is inside `" + source + "`, which the website is built from: the"
                                + " matching results hold personal data and must never be published",
                        "Leave out `--out` to use `private/matching/`, or choose a folder outside the project's website files."));
            }
        }
        if (Files.isDirectory(folder) && !isMatchFolder(folder) && !isEmpty(folder)) {
            throw new ProblemException(Problem.error(Location.ofFile("command line"),
                    "`" + target + "` already holds other files, and this command replaces the whole folder",
                    "Choose a new or empty folder, or the folder a previous `flipside match` wrote."));
        }
    }

    /** The file name of a pair's agreement: {@code agreement-ada-example.org-bo-example.org.pdf}. */
    public static String agreementName(MatchResult.Pair pair) {
        return "agreement-" + slug(pair.mentor().email()) + "-" + slug(pair.mentee().email()) + ".pdf";
    }

    /**
     * Writes README.txt, pairs.csv, report.html and, when {@code agreements} is not null, one agreement per pair.
     *
     * @return the files written, by name
     */
    public static List<String> write(Path target, MatchResult result, Matching matching, ReportContext context,
                                     AgreementWriter agreements) throws Exception {
        try (OutputFolder folder = OutputFolder.open(target)) {
            Path staging = folder.staging();
            Files.writeString(staging.resolve("README.txt"), readme(context), StandardCharsets.UTF_8);
            PairsCsv.write(result, staging.resolve("pairs.csv"));
            MatchReport.write(result, matching, context, staging.resolve("report.html"));
            if (agreements != null) {
                for (MatchResult.Pair pair : result.pairs()) agreements.write(pair, staging.resolve(agreementName(pair)));
            }
            List<String> written;
            try (Stream<Path> files = Files.list(staging)) {
                written = files.map(p -> p.getFileName().toString()).sorted().toList();
            }
            folder.commit();
            return written;
        }
    }

    static String readme(ReportContext context) {
        String when = context.deleteBy() == null ? "" : " That is by " + context.deleteBy() + ".";
        return MARKER + "\r\n\r\n"
                + "It was written by `flipside match` from " + context.responsesFile() + " for " + context.schemeName()
                + ".\r\n\r\n"
                + "- pairs.csv: the suggested pairs, with names, emails, scores and reasons.\r\n"
                + "- report.html: the matcher's report, with everyone's answers, including SENSITIVE answers.\r\n"
                + "- agreement-*.pdf (when present): each pair's mentoring agreement with their names filled in.\r\n\r\n"
                + "Keep this folder private: do not put it on the intranet, in the website output folder, in email\r\n"
                + "or in shared drives other people can open. Only the scheme's matcher should read report.html.\r\n\r\n"
                + "Delete this folder " + context.retentionMonths() + " month" + (context.retentionMonths() == 1 ? "" : "s")
                + " after the scheme ends, as `privacy.retention_months` in scheme.yml says." + when + "\r\n"
                + "Also delete the responses file and any copies of it.\r\n";
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        return slug.isEmpty() ? "person" : slug;
    }

    private static boolean isMatchFolder(Path folder) {
        Path readme = folder.resolve("README.txt");
        try {
            return Files.isRegularFile(readme) && Files.readString(readme, StandardCharsets.UTF_8).startsWith(MARKER);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The absolute, normalised path with any existing part's symbolic links resolved. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return absolute;
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
