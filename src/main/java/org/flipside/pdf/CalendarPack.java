package org.flipside.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.flipside.model.Scheme;
import org.flipside.plan.EventPlan;
import org.flipside.plan.MeetingPlan;
import org.flipside.plan.MilestonePlan;
import org.flipside.plan.PhasePlan;
import org.flipside.plan.Plan;

/**
 * The scheme calendar ({@code scheme.ics}): the recruitment window, every phase, milestone, meeting and
 * community event occurrence (and the feedback session), as all-day events.
 *
 * <p>UIDs are {@code KIND-ID@SCHEME-SLUG} ({@code meeting-3@calder-wren-reverse-mentoring}), so importing a
 * rebuilt calendar updates the events instead of duplicating them; DTSTAMP is the build date, so the file is
 * the same on every rebuild.
 */
final class CalendarPack {

    private CalendarPack() {}

    /** @return the number of events written */
    static int write(Plan plan, Path file) throws IOException {
        Scheme scheme = plan.scheme();
        String domain = Forms.slug(scheme.scheme().name(), 0);
        DtStamp stamp = new DtStamp(plan.buildDate().atStartOfDay().toInstant(ZoneOffset.UTC));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Flipside//" + scheme.scheme().name() + "//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", scheme.scheme().name()));

        Events events = new Events(calendar, domain, stamp);
        if (plan.recruitment() != null) {
            events.add("recruitment", plan.recruitment().start(), plan.recruitment().end().plusDays(1),
                    "Recruitment open: " + scheme.scheme().name(),
                    "Applications to be a mentor or mentee are open until " + PackContext.longDate(plan.recruitment().end()) + ".",
                    "Recruitment");
        }
        for (PhasePlan phase : plan.phases()) {
            events.add("phase-" + phase.phase().id(), phase.start(), phase.end(), "Phase: " + phase.phase().title(),
                    "Runs from " + PackContext.longDate(phase.start()) + " until the next phase starts on "
                            + PackContext.longDate(phase.end()) + ".", "Phase");
        }
        for (MilestonePlan milestone : plan.milestones()) {
            events.add("milestone-" + milestone.milestone().id(), milestone.date(), milestone.date().plusDays(1),
                    milestone.milestone().title(), "A milestone of " + scheme.scheme().name() + ".", "Milestone");
        }
        for (MeetingPlan meeting : plan.meetings()) {
            String title = "Mentoring meeting " + meeting.number()
                    + (meeting.theme() == null ? "" : ": " + meeting.theme().title());
            events.add("meeting-" + meeting.number(), meeting.date(), meeting.date().plusDays(1), title,
                    "Meeting " + meeting.number() + " of " + scheme.meetings().count() + ", about "
                            + scheme.meetings().minutes() + " minutes. Arrange a time with your partner in this week.",
                    "Meeting");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (EventPlan event : plan.events()) {
            String base = "event-" + Forms.slug(event.event().title(), 0);
            String id = base + "-" + event.occurrence();
            int repeat = seen.merge(id, 1, Integer::sum);
            if (repeat > 1) id = id + "-" + repeat;
            events.add(id, event.date(), event.date().plusDays(1), event.event().title(),
                    "Community event for " + audience(event.event().audience()) + ".", "Community");
        }
        if (scheme.nextSteps() != null && scheme.nextSteps().feedbackSession() != null) {
            LocalDate day = scheme.nextSteps().feedbackSession();
            events.add("feedback-session", day, day.plusDays(1), "Feedback session: " + scheme.scheme().name(),
                    "What we learned, and what happens next.", "Next steps");
        }

        StringWriter text = new StringWriter();
        new CalendarOutputter(false).output(calendar, text);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        return events.count;
    }

    private static String audience(String audience) {
        if (audience == null || audience.equals("all")) return "everyone in the scheme";
        return audience;
    }

    private static final class Events {
        final Calendar calendar;
        final String domain;
        final DtStamp stamp;
        int count;

        Events(Calendar calendar, String domain, DtStamp stamp) {
            this.calendar = calendar;
            this.domain = domain;
            this.stamp = stamp;
        }

        void add(String id, LocalDate start, LocalDate endExclusive, String summary, String description, String category) {
            VEvent event = new VEvent(false);
            event.add(new Uid(id + "@" + domain));
            event.add(stamp);
            event.add(new DtStart<>(start));
            event.add(new DtEnd<>(endExclusive.isAfter(start) ? endExclusive : start.plusDays(1)));
            event.add(new Summary(summary));
            event.add(new Description(description));
            event.add(new Categories(category));
            event.add(new Transp("TRANSPARENT"));
            calendar.add(event);
            count++;
        }
    }
}
