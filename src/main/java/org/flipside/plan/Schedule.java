package org.flipside.plan;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Community.Event;
import org.flipside.model.Meetings;
import org.flipside.model.Recruitment;
import org.flipside.model.Scheme;
import org.flipside.model.SourceMap;
import org.flipside.model.Theme;
import org.flipside.model.Timeline.Milestone;
import org.flipside.model.Timeline.Phase;
import org.flipside.util.Suggestions;

import static org.flipside.util.HumanDates.format;

/**
 * The dates of a scheme, as SCHEME.md defines them. Phases run back to back from {@code scheme.start}: a
 * phase ends the day the next one starts, and a week range plans for its upper bound. A phase's days are
 * {@code start} up to but not including {@code end}; so a meeting or a repeating event on the day a phase
 * ends belongs to the next phase, not this one.
 *
 * <p>Problems that make a date impossible are collected in {@link #errors()}, dates that are possible but
 * probably not meant in {@link #warnings()}; nothing is thrown.
 */
final class Schedule {

    /** The phase meetings and repeating events are planned in (else the last phase). */
    static final String MENTORING = "mentoring";

    private final Scheme scheme;
    private final SourceMap sources;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private final List<PhasePlan> phases;
    private final Map<String, PhasePlan> phasesById = new LinkedHashMap<>();
    private final LocalDate end;
    private final List<MilestonePlan> milestones;
    private final List<MeetingPlan> meetings;
    private final List<EventPlan> events;
    private final DateRange recruitment;

    Schedule(Scheme scheme) {
        this.scheme = scheme;
        this.sources = scheme.sources();
        this.phases = planPhases();
        for (PhasePlan p : phases) phasesById.putIfAbsent(p.phase().id(), p);
        this.end = phases.isEmpty() ? start() : phases.get(phases.size() - 1).end();
        this.milestones = planMilestones();
        this.meetings = planMeetings();
        this.events = planEvents();
        this.recruitment = planRecruitment();
    }

    List<PhasePlan> phases() { return phases; }
    LocalDate end() { return end; }
    List<MilestonePlan> milestones() { return milestones; }
    List<MeetingPlan> meetings() { return meetings; }
    List<EventPlan> events() { return events; }
    DateRange recruitment() { return recruitment; }
    List<Problem> errors() { return errors; }
    List<Problem> warnings() { return warnings; }

    private LocalDate start() {
        return scheme.scheme().start();
    }

    private List<PhasePlan> planPhases() {
        List<PhasePlan> planned = new ArrayList<>();
        LocalDate cursor = start();
        String previous = null;
        List<Phase> written = scheme.timeline().phases();
        for (int i = 0; i < written.size(); i++) {
            Phase phase = written.get(i);
            LocalDate begins = cursor;
            if (phase.start() != null) {
                if (phase.start().isBefore(cursor)) {
                    String after = previous == null ? "the scheme starts (`scheme.start`, " + format(cursor) + ")"
                            : "the previous phase `" + previous + "` ends on " + format(cursor);
                    errors.add(Problem.error(sources.locate("timeline.phases[" + i + "].start"),
                            "Phase `" + phase.id() + "` starts on " + format(phase.start()) + ", before " + after + ".",
                            "Move its `start` to " + cursor + " or later, or leave `start` out so it follows on."));
                } else {
                    begins = phase.start();
                }
            }
            LocalDate ends = begins.plusWeeks(phase.maxWeeks());
            planned.add(new PhasePlan(phase, begins, ends));
            cursor = ends;
            previous = phase.id();
        }
        return List.copyOf(planned);
    }

    private List<MilestonePlan> planMilestones() {
        List<MilestonePlan> planned = new ArrayList<>();
        List<Milestone> written = scheme.timeline().milestones();
        for (int i = 0; i < written.size(); i++) {
            Milestone milestone = written.get(i);
            String path = "timeline.milestones[" + i + "]";
            LocalDate date = milestone.date();
            if (date == null) {
                PhasePlan phase = phase(milestone.after(), path + ".after", "Milestone `" + milestone.id() + "`");
                if (phase == null) continue;
                date = phase.end().plusWeeks(milestone.offsetWeeks());
            }
            if (date.isBefore(start()) || date.isAfter(end)) {
                warnings.add(Problem.warning(sources.locate(path),
                        "Milestone `" + milestone.id() + "` falls on " + format(date)
                                + ", outside the scheme's dates (" + format(start()) + " to " + format(end) + ").",
                        "Check its `date`, or its `after` and `offset_weeks`."));
            }
            planned.add(new MilestonePlan(milestone, date));
        }
        return List.copyOf(planned);
    }

    /** The phase meetings happen in: {@code mentoring}, else the last phase; null when there are no phases. */
    PhasePlan mentoringPhase() {
        PhasePlan mentoring = phasesById.get(MENTORING);
        if (mentoring != null) return mentoring;
        return phases.isEmpty() ? null : phases.get(phases.size() - 1);
    }

    private List<MeetingPlan> planMeetings() {
        Meetings written = scheme.meetings();
        if (written == null || written.count() <= 0) return List.of();
        if (written.everyWeeks() <= 0 && written.count() > 1) {
            errors.add(Problem.error(sources.locate("meetings.every_weeks"),
                    "`meetings.every_weeks` must be at least 1, not " + written.everyWeeks() + ".",
                    "Write how many weeks apart the meetings are, for example `every_weeks: 4`."));
            return List.of();
        }
        PhasePlan phase = mentoringPhase();
        LocalDate first = phase == null ? start() : phase.start();
        List<Theme> themes = themesByMeeting(written.count());
        List<MeetingPlan> planned = new ArrayList<>();
        for (int n = 1; n <= written.count(); n++) {
            planned.add(new MeetingPlan(n, first.plusWeeks((long) (n - 1) * written.everyWeeks()), themes.get(n - 1)));
        }
        LocalDate last = planned.get(planned.size() - 1).date();
        if (phase != null && !last.isBefore(phase.end())) {
            long needed = (long) (written.count() - 1) * written.everyWeeks() + 1;
            errors.add(Problem.error(sources.locate("meetings.count"),
                    written.count() + " meetings every " + written.everyWeeks() + " weeks do not fit in the `"
                            + phase.phase().id() + "` phase: it runs " + format(phase.start()) + " to "
                            + format(phase.end()) + " (" + phase.phase().maxWeeks() + " weeks), and meeting "
                            + written.count() + " would fall on " + format(last) + ".",
                    "Lower `meetings.count` or `meetings.every_weeks`, or make the `" + phase.phase().id()
                            + "` phase at least " + needed + " weeks long."));
        }
        return List.copyOf(planned);
    }

    /**
     * The theme for each meeting, by index: a theme with {@code meeting: n} goes to meeting n; meetings left
     * without one take the themes that name no meeting, in the order written. A meeting may stay without a
     * theme (null). A theme whose meeting does not exist, or that a second theme already claimed, is a warning.
     */
    private List<Theme> themesByMeeting(int count) {
        List<Theme> byMeeting = new ArrayList<>();
        for (int n = 0; n < count; n++) byMeeting.add(null);
        Deque<Theme> unplaced = new ArrayDeque<>();
        List<Theme> themes = scheme.themes();
        for (int i = 0; i < themes.size(); i++) {
            Theme theme = themes.get(i);
            Integer meeting = theme.meeting();
            if (meeting == null) {
                unplaced.add(theme);
            } else if (meeting < 1 || meeting > count) {
                warnings.add(Problem.warning(sources.locate("themes[" + i + "].meeting"),
                        "Theme `" + theme.id() + "` is planned for meeting " + meeting + ", but there "
                                + (count == 1 ? "is 1 meeting" : "are " + count + " meetings") + ".",
                        "Change its `meeting` to a number from 1 to " + count + ", or raise `meetings.count`."));
            } else if (byMeeting.get(meeting - 1) != null) {
                warnings.add(Problem.warning(sources.locate("themes[" + i + "].meeting"),
                        "Theme `" + theme.id() + "` and theme `" + byMeeting.get(meeting - 1).id()
                                + "` are both planned for meeting " + meeting + "; only the first is shown for it.",
                        "Give each theme its own meeting, or leave `meeting` out to fill the next free one."));
            } else {
                byMeeting.set(meeting - 1, theme);
            }
        }
        for (int n = 0; n < count && !unplaced.isEmpty(); n++) {
            if (byMeeting.get(n) == null) byMeeting.set(n, unplaced.poll());
        }
        return byMeeting;
    }

    /**
     * One plan per occurrence, sorted by date (events on the same day keep their written order). A repeating
     * event first falls {@code every_weeks} after the mentoring phase starts (people have met by then),
     * then every {@code every_weeks} until the phase ends.
     */
    private List<EventPlan> planEvents() {
        List<EventPlan> planned = new ArrayList<>();
        List<Event> written = scheme.community().events();
        for (int i = 0; i < written.size(); i++) {
            Event event = written.get(i);
            String path = "community.events[" + i + "]";
            if (event.date() != null) {
                if (event.date().isBefore(start()) || event.date().isAfter(end)) {
                    warnings.add(Problem.warning(sources.locate(path + ".date"),
                            "Event `" + event.title() + "` falls on " + format(event.date())
                                    + ", outside the scheme's dates (" + format(start()) + " to " + format(end) + ").",
                            "Check its `date`, or use `after` with a phase id to tie it to the timeline."));
                }
                planned.add(new EventPlan(event, event.date(), 1));
            } else if (event.after() != null) {
                PhasePlan phase = phase(event.after(), path + ".after", "Event `" + event.title() + "`");
                if (phase != null) planned.add(new EventPlan(event, phase.end(), 1));
            } else if (event.everyWeeks() != null) {
                if (event.everyWeeks() < 1) {
                    errors.add(Problem.error(sources.locate(path + ".every_weeks"),
                            "Event `" + event.title() + "` repeats every " + event.everyWeeks() + " weeks.",
                            "Write a whole number of weeks of at least 1, for example `every_weeks: 8`."));
                    continue;
                }
                PhasePlan phase = mentoringPhase();
                if (phase == null) continue;
                LocalDate date = phase.start().plusWeeks(event.everyWeeks());
                for (int n = 1; date.isBefore(phase.end()); n++) {
                    planned.add(new EventPlan(event, date, n));
                    date = date.plusWeeks(event.everyWeeks());
                }
            }
        }
        planned.sort(Comparator.comparing(EventPlan::date));
        return List.copyOf(planned);
    }

    private DateRange planRecruitment() {
        Recruitment written = scheme.recruitment();
        if (written == null || written.opens() == null || written.closes() == null) return null;
        return new DateRange(written.opens(), written.closes());
    }

    /** The phase with {@code id}, or null after recording an error at {@code path} (with a suggestion). */
    private PhasePlan phase(String id, String path, String what) {
        PhasePlan phase = phasesById.get(id);
        if (phase != null) return phase;
        String suggestion = Suggestions.closest(String.valueOf(id), phasesById.keySet())
                .map(s -> "Did you mean `" + s + "`? ").orElse("");
        errors.add(Problem.error(sources.locate(path),
                what + " comes after phase `" + id + "`, which is not in `timeline.phases`.",
                suggestion + "Use one of: " + String.join(", ", phasesById.keySet()) + "."));
        return null;
    }
}
