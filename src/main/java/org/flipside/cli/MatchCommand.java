package org.flipside.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.match.MatchFolder;
import org.flipside.match.MatchResult;
import org.flipside.match.Matchmaker;
import org.flipside.match.Overrides;
import org.flipside.match.ReportContext;
import org.flipside.match.ReportingLines;
import org.flipside.match.ResponsesReader;
import org.flipside.match.StaffReader;
import org.flipside.model.Matching;
import org.flipside.model.Privacy;
import org.flipside.model.Scheme;
import org.flipside.pdf.AgreementPack;
import org.flipside.plan.Plan;
import org.flipside.plan.Planner;
import org.flipside.scheme.LoadedScheme;
import org.flipside.scheme.SchemeLoader;
import org.flipside.util.BuildDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Pair mentors and mentees from questionnaire responses, under the rules in `matching`.",
                "Writes pairs.csv, report.html, a pre-filled agreement per pair and a README to a private folder"
                        + " (private/matching/ by default). They hold personal data: never publish them."})
final class MatchCommand implements Callable<Integer> {

    @Mixin OutputOptions output;

    @Parameters(index = "0", paramLabel = "RESPONSES",
            description = "The responses exported from the form tool (CSV: role, name, email, then one column per question).")
    Path responses;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", defaultValue = "scheme.yml",
            description = "The scheme file (default: ${DEFAULT-VALUE}). Its folder is the project folder.")
    Path schemeFile;

    @Option(names = "--org", paramLabel = "STAFF_CSV",
            description = "Staff list with the columns email and line_manager, to complete the management chains.")
    Path staff;

    @Option(names = "--fix", paramLabel = "MENTOR=MENTEE",
            description = "Pin a pair (emails) before optimising the rest. Repeat for more pairs.")
    List<String> fixes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "MENTOR=MENTEE",
            description = "Never pair these two (emails). Repeat for more pairs.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--no-agreements",
            description = "Leave out the pre-filled agreement PDFs (one per pair, with both names filled in).")
    boolean noAgreements;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Where to write the results (default: private/matching/ in the project folder). Never inside the website output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Console console = output.console();
        Path file = schemeFile.toAbsolutePath().normalize();
        Path root = file.getParent();
        Path target = out != null ? out.toAbsolutePath().normalize() : root.resolve("private").resolve("matching");
        LocalDate buildDate = BuildDate.resolve();

        long t = System.nanoTime();
        LoadedScheme loaded = SchemeLoader.load(file, root, buildDate);
        Plan plan = Planner.plan(loaded, root, buildDate);
        console.warnings(plan.warnings());
        Scheme scheme = plan.scheme();
        Matching matching = scheme.matching();
        MatchFolder.check(target, root.resolve("output"), List.of(root.resolve("content"), root.resolve("themes")));

        List<Problem> problems = new ArrayList<>();
        ResponsesReader.Responses read = null;
        Map<String, String> managers = Map.of();
        try {
            read = ResponsesReader.read(responses, matching);
        } catch (ProblemException e) {
            problems.addAll(e.problems());
        }
        if (staff != null) {
            try {
                managers = StaffReader.read(staff);
            } catch (ProblemException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new ProblemException(problems);
        console.warnings(read.warnings());

        MatchResult result = Matchmaker.match(matching, read.people(), ReportingLines.of(read.people(), managers),
                new Overrides(fixes, excludes));
        console.stage("match", result.pairs().size() + (result.pairs().size() == 1 ? " pair, " : " pairs, ")
                + result.unmatched().size() + " unpaired", t);
        warnAboutUnpaired(console, result);

        Privacy privacy = scheme.privacy();
        int months = privacy == null ? 12 : privacy.retentionMonths();
        String deleteBy = plan.end() == null ? null : plan.end().plusMonths(months).toString();
        ReportContext context = new ReportContext(scheme.scheme().name(), scheme.organisation().name(),
                scheme.organisation().language() == null ? "en-GB" : scheme.organisation().language(),
                matching.matcher(), months, deleteBy, responses.getFileName().toString());
        t = System.nanoTime();
        List<Problem> agreementWarnings = new ArrayList<>();
        MatchFolder.AgreementWriter agreements = noAgreements ? null : (pair, pdf) -> agreementWarnings.addAll(
                AgreementPack.writeAgreement(plan, root, pdf, agreementFields(pair)));
        List<String> files = MatchFolder.write(target, result, matching, context, agreements);
        console.warnings(agreementWarnings);
        console.stage("files", files.size() + " written", t);
        console.info("Matching written to " + target + " (" + files.size() + " files). It holds personal data: keep it private"
                + (deleteBy == null ? "." : " and delete it by " + deleteBy + "."));
        console.finish();
        return ExitCode.OK;
    }

    /** Only the names: an agreement never carries anyone's answers. */
    private static Map<String, String> agreementFields(MatchResult.Pair pair) {
        return Map.of("mentor_name", pair.mentor().name(), "mentee_name", pair.mentee().name());
    }

    private void warnAboutUnpaired(Console console, MatchResult result) {
        if (result.unmatched().isEmpty()) return;
        List<String> names = result.unmatched().stream().limit(10).map(u -> u.person().label()).toList();
        int more = result.unmatched().size() - names.size();
        console.warnings(List.of(Problem.warning(Location.ofFile(responses.getFileName().toString()),
                result.unmatched().size() + (result.unmatched().size() == 1 ? " person is" : " people are") + " unpaired: "
                        + String.join(", ", names) + (more > 0 ? " and " + more + " more" : ""),
                "report.html says why for each, with their best alternatives; pin a pair with --fix if you want one.")));
    }
}
