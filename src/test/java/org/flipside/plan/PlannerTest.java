package org.flipside.plan;

import static org.flipside.plan.PlanFixtures.full;
import static org.flipside.plan.PlanFixtures.loaded;
import static org.flipside.plan.PlanFixtures.theme;
import static org.flipside.plan.PlanFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.model.Community;
import org.flipside.model.Community.Event;
import org.flipside.model.Meetings;
import org.flipside.model.Scheme;
import org.flipside.model.Timeline;
import org.flipside.model.Timeline.Milestone;
import org.flipside.model.Timeline.Phase;
import org.flipside.scheme.LoadedScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlannerTest {

    private static final LocalDate BUILD = LocalDate.of(2026, 12, 1);

    @TempDir Path project;

    private Plan plan(Scheme scheme) throws ProblemException {
        return Planner.plan(loaded(scheme), project, BUILD);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void phasesRunBackToBackPlanningForTheUpperBoundOfARange() throws ProblemException {
        Plan plan = plan(full());

        List<String> dates = plan.phases().stream().map(p -> p.phase().id() + " " + p.start() + " " + p.end()).toList();
        assertEquals(List.of(
                "purpose 2026-01-12 2026-04-06",
                "engage 2026-04-06 2026-05-04",
                "launch 2026-05-04 2026-05-18",
                "mentoring 2026-05-18 2026-11-02",
                "reflect 2026-11-02 2026-12-14"), dates);
        assertEquals(date("2026-12-14"), plan.end());
        assertEquals(BUILD, plan.buildDate());
    }

    @Test
    void meetingsStartWithTheMentoringPhaseAndCarryTheirThemes() throws ProblemException {
        Plan plan = plan(full());

        assertEquals(6, plan.meetings().size());
        assertEquals(date("2026-05-18"), plan.meetings().get(0).date());
        assertEquals(date("2026-10-05"), plan.meetings().get(5).date());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), plan.meetings().stream().map(MeetingPlan::number).toList());
        assertEquals(List.of("getting-started", "first-weeks", "supervision", "wellbeing", "belonging", "what-next"),
                plan.meetings().stream().map(m -> m.theme().id()).toList());
    }

    @Test
    void milestonesFallAtTheEndOfTheirPhaseMovedByTheOffset() throws ProblemException {
        Plan plan = plan(full());

        assertEquals(List.of("midpoint 2026-08-10", "celebration 2026-11-26"),
                plan.milestones().stream().map(m -> m.milestone().id() + " " + m.date()).toList());
        assertEquals(List.of(), plan.warnings());
    }

    @Test
    void eventsAreExpandedAndSortedByDate() throws ProblemException {
        Plan plan = plan(full());

        assertEquals(List.of(
                "Launch event 2026-05-18 1",
                "Mentor circle 2026-07-13 1",
                "Mentor circle 2026-09-07 2",
                "Celebration 2026-11-26 1"),
                plan.events().stream().map(e -> e.event().title() + " " + e.date() + " " + e.occurrence()).toList());
    }

    @Test
    void recruitmentWindowIsCarriedAcross() throws ProblemException {
        assertEquals(new DateRange(date("2026-04-06"), date("2026-04-24")), plan(full()).recruitment());
        assertNull(plan(with(full(), "recruitment", null)).recruitment());
    }

    @Test
    void aFixedPhaseStartIsHonouredAndLaterPhasesFollowIt() throws ProblemException {
        Scheme scheme = full();
        List<Phase> phases = new java.util.ArrayList<>(scheme.timeline().phases());
        phases.set(3, new Phase("mentoring", "Mentoring meetings", 24, 24, date("2026-06-01")));
        Plan plan = plan(with(scheme, "timeline", new Timeline(phases, scheme.timeline().milestones())));

        assertEquals(date("2026-06-01"), plan.phases().get(3).start());
        assertEquals(date("2026-11-16"), plan.phases().get(4).start());
        assertEquals(date("2026-06-01"), plan.meetings().get(0).date());
    }

    @Test
    void aFixedStartOverlappingThePreviousPhaseIsAnError() {
        Scheme scheme = full();
        List<Phase> phases = new java.util.ArrayList<>(scheme.timeline().phases());
        phases.set(1, new Phase("engage", "Engage", 3, 4, date("2026-03-30")));
        Scheme overlapping = with(scheme, "timeline", new Timeline(phases, scheme.timeline().milestones()));

        ProblemException e = assertThrows(ProblemException.class, () -> plan(overlapping));
        assertEquals(List.of("scheme.yml: Phase `engage` starts on Mon 30 Mar 2026, before the previous phase `purpose`"
                        + " ends on Mon 6 Apr 2026. — Move its `start` to 2026-04-06 or later, or leave `start` out so it follows on."),
                e.errors().stream().map(Problem::toString).toList());
    }

    @Test
    void meetingsThatDoNotFitTheirPhaseAreAnErrorAtMeetingsCount() {
        Scheme tooMany = with(full(), "meetings", with(full().meetings(), "count", 7));
        // 7 meetings every 4 weeks need 24 weeks + 1 day: meeting 7 falls on the day reflect starts.

        ProblemException e = assertThrows(ProblemException.class, () -> plan(tooMany));

        assertEquals(1, e.errors().size());
        Problem p = e.errors().get(0);
        assertEquals("scheme.yml:129:10", p.location().toString());
        assertEquals("7 meetings every 4 weeks do not fit in the `mentoring` phase: it runs Mon 18 May 2026 to"
                + " Mon 2 Nov 2026 (24 weeks), and meeting 7 would fall on Mon 2 Nov 2026.", p.message());
        assertEquals("Lower `meetings.count` or `meetings.every_weeks`, or make the `mentoring` phase at least 25 weeks long.",
                p.fix());
    }

    @Test
    void withoutAMentoringPhaseMeetingsStartWithTheLastPhase() throws ProblemException {
        Scheme scheme = full();
        Timeline timeline = new Timeline(List.of(new Phase("prepare", "Prepare", 4, 4, null),
                new Phase("meet", "Meet", 30, 30, null)), List.of());
        Scheme noLaunch = with(scheme, "community", new Community(List.of()));
        Plan plan = plan(with(noLaunch, "timeline", timeline));

        assertEquals(date("2026-02-09"), plan.meetings().get(0).date());
    }

    @Test
    void themesWithoutAMeetingFillTheMeetingsLeftInOrder() throws ProblemException {
        Scheme scheme = with(full(), "themes", List.of(theme("a", "A", null), theme("c", "C", 3), theme("b", "B", null)));
        Scheme twoThemesFewerMeetings = with(scheme, "meetings", with(scheme.meetings(), "count", 4));

        Plan plan = plan(twoThemesFewerMeetings);

        assertEquals(java.util.Arrays.asList("a", "b", "c", null),
                plan.meetings().stream().map(m -> m.theme() == null ? null : m.theme().id()).toList());
    }

    @Test
    void aThemeForAMeetingThatDoesNotExistIsAWarning() throws ProblemException {
        Plan plan = plan(with(full(), "themes", List.of(theme("late", "Late", 9))));

        assertEquals(List.of("scheme.yml: Theme `late` is planned for meeting 9, but there are 6 meetings."
                        + " — Change its `meeting` to a number from 1 to 6, or raise `meetings.count`."),
                plan.warnings().stream().map(Problem::toString).toList());
    }

    @Test
    void aMilestoneOutsideTheSchemeIsAWarningAndLoadingWarningsComeFirst() throws ProblemException {
        Scheme scheme = full();
        Timeline timeline = new Timeline(scheme.timeline().phases(),
                List.of(new Milestone("early", "Too early", null, "purpose", -20)));
        Problem loadingWarning = Problem.warning(org.flipside.diagnostic.Location.ofFile("scheme.yml"), "stale", "check it");

        Plan plan = Planner.plan(new LoadedScheme(with(scheme, "timeline", timeline), List.of(loadingWarning)), project, BUILD);

        assertEquals(2, plan.warnings().size());
        assertSame(loadingWarning, plan.warnings().get(0));
        assertEquals("Milestone `early` falls on Mon 17 Nov 2025, outside the scheme's dates (Mon 12 Jan 2026 to Mon 14 Dec 2026).",
                plan.warnings().get(1).message());
    }

    @Test
    void aMilestoneAfterAnUnknownPhaseIsAnErrorWithASuggestion() {
        Scheme scheme = full();
        Timeline timeline = new Timeline(scheme.timeline().phases(),
                List.of(new Milestone("midpoint", "Midpoint", null, "mentorign", -12)));

        ProblemException e = assertThrows(ProblemException.class, () -> plan(with(scheme, "timeline", timeline)));

        assertEquals(List.of("scheme.yml:125:51: Milestone `midpoint` comes after phase `mentorign`, which is not in"
                        + " `timeline.phases`. — Did you mean `mentoring`? Use one of: purpose, engage, launch, mentoring, reflect."),
                e.errors().stream().map(Problem::toString).toList());
    }

    @Test
    void aRepeatingEventRepeatsUntilTheMentoringPhaseEnds() throws ProblemException {
        Scheme scheme = with(full(), "community", new Community(List.of(new Event("Circle", null, null, 4, "mentors"))));

        Plan plan = plan(scheme);

        assertEquals(5, plan.events().size());
        assertEquals(date("2026-06-15"), plan.events().get(0).date());
        assertEquals(date("2026-10-05"), plan.events().get(4).date());
        assertEquals(5, plan.events().get(4).occurrence());
    }

    @Test
    void placeholdersAreResolvedInEveryTextAndTheSourceMapIsKept() throws ProblemException {
        Scheme scheme = full();
        Plan plan = plan(scheme);

        assertEquals("We will meet 6 times, every 4 weeks. Priya Shah can help.",
                plan.scheme().agreement().clauses().get(6).text());
        assertSame(scheme.sources(), plan.scheme().sources());
        assertEquals(scheme.timeline(), plan.scheme().timeline());
    }

    @Test
    void meetingsWithZeroCountGiveNoMeetings() throws ProblemException {
        Meetings none = with(full().meetings(), "count", 0);
        assertEquals(List.of(), plan(with(full(), "meetings", none)).meetings());
    }

    @Test
    void aTextNamingAValueTheSchemeLeavesOutIsAnErrorAtThatText() {
        Scheme scheme = full();
        List<org.flipside.model.Agreement.Clause> clauses = new java.util.ArrayList<>(scheme.agreement().clauses());
        clauses.set(6, new org.flipside.model.Agreement.Clause("meeting_logistics", "How we will meet",
                "Write to ${people.sponsor.email}.", false));
        Scheme broken = with(scheme, "agreement", new org.flipside.model.Agreement(clauses, scheme.agreement().signatories()));
        Scheme located = with(broken, "sources", new org.flipside.model.SourceMap("scheme.yml",
                java.util.Map.of("agreement.clauses[6].text", new org.flipside.diagnostic.Location("scheme.yml", 140, 13))));

        ProblemException e = assertThrows(ProblemException.class, () -> plan(located));

        assertEquals(List.of("scheme.yml:140:13: `${people.sponsor.email}` is not a known value in `agreement.clauses[6].text`."
                        + " — Write the value it names in scheme.yml, or change the text so that it does not use it."),
                e.errors().stream().map(Problem::toString).toList());
    }

    @Test
    void aDatedEventOutsideTheSchemeIsAWarning() throws ProblemException {
        Scheme scheme = with(full(), "community", new Community(List.of(new Event("Reunion", date("2027-03-01"), null, null, "all"))));

        assertEquals(List.of("scheme.yml: Event `Reunion` falls on Mon 1 Mar 2027, outside the scheme's dates (Mon 12 Jan 2026"
                        + " to Mon 14 Dec 2026). — Check its `date`, or use `after` with a phase id to tie it to the timeline."),
                plan(scheme).warnings().stream().map(Problem::toString).toList());
    }
}
