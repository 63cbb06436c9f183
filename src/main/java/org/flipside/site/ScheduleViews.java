package org.flipside.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flipside.model.Diary.Checkpoint;
import org.flipside.model.Meetings;
import org.flipside.model.Theme;
import org.flipside.plan.EventPlan;
import org.flipside.plan.MeetingPlan;
import org.flipside.plan.MilestonePlan;
import org.flipside.plan.PhasePlan;
import org.flipside.plan.Plan;

/** Views of the scheme's calendar: timeline, meetings, themes, community events and the diary. */
final class ScheduleViews {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

    private ScheduleViews() {}

    private record Dated(LocalDate date, String kind, String label, String href) {}

    static Map<String, Object> timeline(Chapters ch, Chapters.Sections sections) {
        Plan plan = ch.plan();
        sections.add("chart", "The scheme at a glance").add("dates", "Every date, in order");
        List<Dated> items = new ArrayList<>();
        if (plan.recruitment() != null) {
            items.add(new Dated(plan.recruitment().start(), "recruitment", "Recruitment opens", ch.href("matching", null)));
            items.add(new Dated(plan.recruitment().end(), "recruitment", "Recruitment closes", ch.href("matching", null)));
        }
        for (PhasePlan p : plan.phases()) {
            items.add(new Dated(p.start(), "phase", "Phase begins: " + p.phase().title(), null));
        }
        for (MeetingPlan m : plan.meetings()) {
            String label = "Meeting " + m.number() + (m.theme() == null ? "" : ": " + m.theme().title());
            items.add(new Dated(m.date(), "meeting", label, ch.href("meetings", "meeting-" + m.number())));
        }
        for (MilestonePlan m : plan.milestones()) items.add(new Dated(m.date(), "milestone", m.milestone().title(), null));
        for (EventPlan e : plan.events()) {
            items.add(new Dated(e.date(), "event", e.event().title(), ch.href("community", null)));
        }
        LocalDate feedback = plan.scheme().nextSteps().feedbackSession();
        if (feedback != null) items.add(new Dated(feedback, "milestone", "Feedback session", ch.href("next-steps", null)));
        if (plan.end() != null) items.add(new Dated(View.lastDay(plan), "phase", "The scheme ends", null));
        List<String> kindOrder = List.of("phase", "recruitment", "milestone", "meeting", "event");
        items.sort(Comparator.comparing(Dated::date).thenComparing(d -> kindOrder.indexOf(d.kind()))
                .thenComparing(Dated::label));

        LocalDate from = plan.phases().isEmpty() ? plan.scheme().scheme().start() : plan.phases().get(0).start();
        LocalDate to = plan.end() == null ? from.plusWeeks(1) : plan.end();
        for (Dated d : items) {
            if (d.date().isBefore(from)) from = d.date();
            if (d.date().isAfter(to)) to = d.date();
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        final LocalDate origin = from;
        List<Object> phases = View.list(plan.phases(), p -> View.map(
                "title", p.phase().title(), "start", View.date(p.start()), "end", View.date(p.end().minusDays(1)),
                "weeks", p.phase().isRange()
                        ? p.phase().minWeeks() + " to " + p.phase().maxWeeks() + " weeks (planned for " + p.phase().maxWeeks() + ")"
                        : View.count(p.phase().maxWeeks(), "week", "weeks"),
                "left", percent(origin, p.start(), span),
                "width", percent(p.start(), p.end(), span)));
        List<Object> markers = new ArrayList<>();
        for (Dated d : items) {
            if (d.kind().equals("phase")) continue;
            markers.add(View.map("kind", d.kind(), "label", d.label(), "date", View.date(d.date()),
                    "left", percent(origin, d.date(), span)));
        }
        List<Object> ticks = new ArrayList<>();
        for (LocalDate m = from.withDayOfMonth(1).plusMonths(1); !m.isAfter(to); m = m.plusMonths(1)) {
            String label = m.format(MONTH) + (m.getMonthValue() == 1 ? " " + m.getYear() : "");
            ticks.add(View.map("label", label, "left", percent(origin, m, span)));
        }
        return View.map("phases", phases, "markers", markers, "ticks", ticks,
                "from", View.date(from), "to", View.date(plan.end() != null && to.equals(plan.end()) ? View.lastDay(plan) : to),
                "dates", View.list(items, d -> View.map("date", View.date(d.date()), "kind", d.kind(),
                        "label", d.label(), "href", d.href())));
    }

    /** The share of {@code span} days from {@code a} to {@code b}, as CSS: {@code 12.34%}. */
    private static String percent(LocalDate a, LocalDate b, long span) {
        double p = 100.0 * ChronoUnit.DAYS.between(a, b) / span;
        return String.format(Locale.ROOT, "%.2f%%", Math.max(0, Math.min(100, p)));
    }

    static Map<String, Object> meetings(Chapters ch, Chapters.Sections sections) {
        Plan plan = ch.plan();
        Meetings m = plan.scheme().meetings();
        sections.add("how", "How you will meet").add("schedule", "Meeting dates");
        List<String> formats = m.formats().stream().map(Words::of).toList();
        return View.map(
                "count", m.count(), "every", View.count(m.everyWeeks(), "week", "weeks"),
                "minutes", View.count(m.minutes(), "minute", "minutes"),
                "formats", View.joinWords(formats), "venue", View.text(m.venue()),
                "firstContact", m.firstContact() == null ? null : View.sentence(Words.of(m.firstContact())),
                "agendaOwner", m.agendaOwner() == null ? null : Words.of(m.agendaOwner()),
                "schedule", View.list(plan.meetings(), mp -> View.map("number", mp.number(),
                        "id", "meeting-" + mp.number(), "date", View.date(mp.date()),
                        "theme", mp.theme() == null ? null : View.map("title", mp.theme().title(),
                                "href", ch.href("themes", View.anchor("theme", mp.theme().id()))))),
                "themesHref", ch.href("themes", null));
    }

    static Map<String, Object> themes(Chapters ch, Chapters.Sections sections) {
        Plan plan = ch.plan();
        List<Object> themes = new ArrayList<>();
        for (Theme t : plan.scheme().themes()) {
            String id = View.anchor("theme", t.id());
            sections.add(id, t.title());
            MeetingPlan meeting = null;
            for (MeetingPlan mp : plan.meetings()) {
                if ((mp.theme() != null && mp.theme().id().equals(t.id()))
                        || (meeting == null && t.meeting() != null && mp.number() == t.meeting())) {
                    meeting = mp;
                }
            }
            MeetingPlan mp = meeting;
            themes.add(View.map("id", id, "title", t.title(), "summary", View.text(t.summary()),
                    "before", View.text(t.before()),
                    "meeting", mp == null ? null : View.map("number", mp.number(), "date", View.date(mp.date()),
                            "href", ch.href("meetings", "meeting-" + mp.number())),
                    "mentor", t.prompts() == null ? List.of() : t.prompts().mentor(),
                    "mentee", t.prompts() == null ? List.of() : t.prompts().mentee(),
                    "both", t.prompts() == null ? List.of() : t.prompts().both()));
        }
        return View.map("themes", themes);
    }

    static Map<String, Object> community(Chapters ch, Chapters.Sections sections) {
        sections.add("events", "Events for the whole cohort");
        List<EventPlan> events = new ArrayList<>(ch.plan().events());
        events.sort(Comparator.comparing(EventPlan::date).thenComparing(e -> e.event().title()));
        return View.map("events", View.list(events, e -> View.map("title", e.event().title(),
                "date", View.date(e.date()), "audience", Words.of(e.event().audience()),
                "occurrence", e.event().everyWeeks() == null ? null : e.occurrence())));
    }

    static Map<String, Object> diary(Chapters ch, Chapters.Sections sections) {
        Plan plan = ch.plan();
        sections.add("after-each", "After each meeting");
        List<Object> checkpoints = new ArrayList<>();
        for (Checkpoint c : plan.scheme().diary().checkpoints()) {
            String id = View.anchor("checkpoint", c.id());
            String title = View.sentence(Words.of(c.id()));
            sections.add(id, title);
            LocalDate date = null;
            for (MilestonePlan m : plan.milestones()) if (m.milestone().id().equals(c.id())) date = m.date();
            if (date == null && c.id().equals("final") && plan.end() != null) date = View.lastDay(plan);
            checkpoints.add(View.map("id", id, "title", title, "date", View.date(date), "prompts", c.prompts()));
        }
        return View.map("prompts", plan.scheme().diary().prompts(), "checkpoints", checkpoints,
                "meetings", plan.scheme().meetings().count(), "downloadsHref", ch.href("downloads", null));
    }
}
