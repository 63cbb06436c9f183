package org.flipside.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Scheme;
import org.flipside.util.Json;

/**
 * The plan as plain data for {@code flipside check --format json}: keys in a fixed order, dates as ISO
 * {@code YYYY-MM-DD}, absent values as null. Only what tools need; never sensitive questionnaire answers
 * (the plan holds none).
 */
public final class PlanJson {

    private PlanJson() {}

    /** The plan as a tree of ordered maps and lists, ready for {@link Json#write}. */
    public static Map<String, Object> of(Plan plan) {
        Scheme scheme = plan.scheme();
        Map<String, Object> root = Json.object();
        root.put("valid", true);

        Map<String, Object> about = Json.object();
        about.put("name", scheme.scheme().name());
        about.put("organisation", scheme.organisation().name());
        about.put("cohort", scheme.scheme().cohort());
        about.put("model", scheme.scheme().model() == null ? null : scheme.scheme().model().key());
        about.put("start", scheme.scheme().start());
        about.put("end", plan.end());
        root.put("scheme", about);

        List<Object> phases = new ArrayList<>();
        for (PhasePlan p : plan.phases()) {
            Map<String, Object> phase = Json.object();
            phase.put("id", p.phase().id());
            phase.put("title", p.phase().title());
            phase.put("start", p.start());
            phase.put("end", p.end());
            phase.put("weeks", p.phase().maxWeeks());
            phase.put("min_weeks", p.phase().minWeeks());
            phases.add(phase);
        }
        root.put("phases", phases);

        List<Object> milestones = new ArrayList<>();
        for (MilestonePlan m : plan.milestones()) {
            Map<String, Object> milestone = Json.object();
            milestone.put("id", m.milestone().id());
            milestone.put("title", m.milestone().title());
            milestone.put("date", m.date());
            milestones.add(milestone);
        }
        root.put("milestones", milestones);

        List<Object> meetings = new ArrayList<>();
        for (MeetingPlan m : plan.meetings()) {
            Map<String, Object> meeting = Json.object();
            meeting.put("number", m.number());
            meeting.put("date", m.date());
            meeting.put("theme", m.theme() == null ? null : m.theme().title());
            meeting.put("theme_id", m.theme() == null ? null : m.theme().id());
            meetings.add(meeting);
        }
        root.put("meetings", meetings);

        List<Object> events = new ArrayList<>();
        for (EventPlan e : plan.events()) {
            Map<String, Object> event = Json.object();
            event.put("title", e.event().title());
            event.put("date", e.date());
            event.put("audience", e.event().audience());
            event.put("occurrence", e.occurrence());
            events.add(event);
        }
        root.put("events", events);

        if (plan.recruitment() == null) {
            root.put("recruitment", null);
        } else {
            Map<String, Object> recruitment = Json.object();
            recruitment.put("opens", plan.recruitment().start());
            recruitment.put("closes", plan.recruitment().end());
            recruitment.put("channels", scheme.recruitment() == null ? List.of() : scheme.recruitment().channels());
            root.put("recruitment", recruitment);
        }

        List<Object> chapters = new ArrayList<>();
        for (Chapter c : plan.chapters()) {
            Map<String, Object> chapter = Json.object();
            chapter.put("slug", c.slug());
            chapter.put("title", c.title());
            chapter.put("generated", c.generated());
            chapter.put("source", c.sourceFile());
            chapter.put("audience", c.audience());
            chapters.add(chapter);
        }
        root.put("chapters", chapters);

        root.put("warnings", problems(plan.warnings()));
        return root;
    }

    /**
     * What {@code check --format json} prints for an invalid scheme: {@code {"valid": false, "errors": [...],
     * "warnings": [...]}}, each problem with its location, message and fix.
     */
    public static Map<String, Object> ofProblems(List<Problem> problems) {
        Map<String, Object> root = Json.object();
        root.put("valid", false);
        root.put("errors", problems(problems.stream().filter(Problem::isError).toList()));
        root.put("warnings", problems(problems.stream().filter(p -> !p.isError()).toList()));
        return root;
    }

    static List<Object> problems(List<Problem> problems) {
        List<Object> out = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> problem = Json.object();
            problem.put("location", p.location().toString());
            problem.put("message", p.message());
            problem.put("fix", p.fix());
            out.add(problem);
        }
        return out;
    }
}
