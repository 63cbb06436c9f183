package org.flipside.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.flipside.diagnostic.ProblemException;
import org.flipside.model.Meetings;
import org.flipside.model.Scheme;
import org.flipside.plan.Chapter;
import org.flipside.plan.EventPlan;
import org.flipside.plan.MeetingPlan;
import org.flipside.plan.MilestonePlan;
import org.flipside.plan.PhasePlan;
import org.flipside.plan.Plan;
import org.flipside.plan.PlanJson;
import org.flipside.plan.Planner;
import org.flipside.scheme.LoadedScheme;
import org.flipside.scheme.SchemeLoader;
import org.flipside.util.BuildDate;
import org.flipside.util.HumanDates;
import org.flipside.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate scheme.yml and the chapters in content/, and print a summary of the plan:",
                "the phases with their dates, milestones, meeting dates and themes, events, recruitment and chapters.",
                "Exit code 0 when the scheme is valid (warnings allowed), 1 when it is not."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Mixin SchemeFileOption scheme;
    @Mixin OutputOptions output;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (a summary for people) or json (the whole plan, for other tools). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws Exception {
        Console console = output.console();
        LocalDate buildDate = BuildDate.resolve();
        Plan plan;
        try {
            LoadedScheme loaded = SchemeLoader.load(scheme.file(), scheme.projectRoot(), buildDate);
            plan = Planner.plan(loaded, scheme.projectRoot(), buildDate);
        } catch (ProblemException invalid) {
            // Tools reading the JSON see the errors too; people still get the summary on standard error.
            if (format == Format.json) System.out.println(Json.write(PlanJson.ofProblems(invalid.problems())));
            throw invalid;
        }
        if (format == Format.json) {
            // Warnings are part of the JSON; standard output stays pure JSON for tools.
            System.out.println(Json.write(PlanJson.of(plan)));
            return ExitCode.OK;
        }
        for (String line : summary(plan)) console.info(line);
        console.info("");
        console.info(scheme.file().getFileName() + " is valid" + (plan.warnings().isEmpty() ? "."
                : ", with " + (plan.warnings().size() == 1 ? "1 warning" : plan.warnings().size() + " warnings") + " (below)."));
        console.warnings(plan.warnings());
        console.finish();
        return ExitCode.OK;
    }

    /** The human summary, one entry per line. */
    static List<String> summary(Plan plan) {
        Scheme s = plan.scheme();
        List<String> lines = new ArrayList<>();
        lines.add(s.scheme().name() + " — " + s.organisation().name());
        String cohort = s.scheme().cohort() == null ? "" : "Cohort " + s.scheme().cohort() + ", ";
        lines.add(cohort + HumanDates.range(s.scheme().start(), plan.end()));

        lines.add("");
        lines.add("Phases");
        int width = plan.phases().stream().mapToInt(p -> p.phase().title().length()).max().orElse(0);
        for (PhasePlan p : plan.phases()) {
            String weeks = p.phase().isRange() ? p.phase().minWeeks() + "–" + p.phase().maxWeeks() + " weeks"
                    : p.phase().maxWeeks() + (p.phase().maxWeeks() == 1 ? " week" : " weeks");
            lines.add("  " + pad(p.phase().title(), width) + "  " + pad(HumanDates.format(p.start()), 15) + " → "
                    + pad(HumanDates.format(p.end()), 15) + "  " + weeks);
        }

        if (!plan.milestones().isEmpty()) {
            lines.add("");
            lines.add("Milestones");
            width = plan.milestones().stream().mapToInt(m -> m.milestone().title().length()).max().orElse(0);
            for (MilestonePlan m : plan.milestones()) {
                lines.add("  " + pad(m.milestone().title(), width) + "  " + HumanDates.format(m.date()));
            }
        }

        lines.add("");
        Meetings meetings = s.meetings();
        if (plan.meetings().isEmpty()) {
            lines.add("Meetings: none planned");
        } else {
            lines.add("Meetings: " + meetings.count() + ", every " + meetings.everyWeeks() + " weeks, "
                    + meetings.minutes() + " minutes each");
            for (MeetingPlan m : plan.meetings()) {
                String theme = m.theme() == null ? "(no theme planned)" : m.theme().title();
                lines.add("  " + pad(String.valueOf(m.number()), 2) + " " + pad(HumanDates.format(m.date()), 15) + "  " + theme);
            }
        }

        lines.add("");
        List<EventPlan> events = plan.events();
        lines.add(events.isEmpty() ? "Community events: none planned"
                : "Community events: " + events.size() + (events.size() == 1 ? " date, " : " dates, ")
                        + HumanDates.format(events.get(0).date())
                        + (events.size() == 1 ? "" : " to " + HumanDates.format(events.get(events.size() - 1).date())));
        lines.add(plan.recruitment() == null ? "Recruitment: no window written"
                : "Recruitment: " + HumanDates.range(plan.recruitment().start(), plan.recruitment().end()));
        lines.add("Chapters (" + plan.chapters().size() + "): "
                + String.join(", ", plan.chapters().stream().map(Chapter::slug).toList()));
        return lines;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
