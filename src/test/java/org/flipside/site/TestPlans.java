package org.flipside.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flipside.model.*;
import org.flipside.model.Agreement.Clause;
import org.flipside.model.Community.Event;
import org.flipside.model.Diary.Checkpoint;
import org.flipside.model.Evaluation.Measure;
import org.flipside.model.Evaluation.Reporting;
import org.flipside.model.Matching.Question;
import org.flipside.model.Matching.Rule;
import org.flipside.model.Organisation.Colours;
import org.flipside.model.Organisation.Contact;
import org.flipside.model.People.*;
import org.flipside.model.Purpose.Objective;
import org.flipside.model.Support.EscalationRoute;
import org.flipside.model.Support.Signpost;
import org.flipside.model.Timeline.Milestone;
import org.flipside.model.Timeline.Phase;
import org.flipside.plan.*;

/**
 * Plans made by hand, so the website can be tested without the loader and planner: every text field is
 * {@code text} (hostile strings go in here), the sensitive question's text is {@link #SENSITIVE}.
 */
final class TestPlans {

    static final String SENSITIVE = "Secret identity question that must never be published";

    private TestPlans() {}

    static Plan plan(String text) {
        return plan(text, "#14365d", "#f4b942");
    }

    static Plan plan(String t, String primary, String accent) {
        LocalDate start = LocalDate.of(2026, 1, 12);
        Organisation org = new Organisation("Org " + t, "O" + t, OrganisationType.LAW_FIRM, null,
                new Colours(primary, accent), "en-GB", new Contact("team@example.org", "https://intranet.example.org/edi"));
        SchemeDetails details = new SchemeDetails("Scheme " + t, SchemeModel.REVERSE, "2026", start, "Summary " + t);
        Purpose purpose = new Purpose("Problem " + t, List.of("Aim " + t),
                List.of(new Objective("supervision", "Objective " + t, List.of("awareness"))),
                List.of("Strategy " + t), List.of("Out of scope " + t));
        Voices voices = new Voices(List.of(new Voices.Consultation(ConsultationMethod.ROUNDTABLE, List.of("trainees " + t),
                LocalDate.of(2025, 11, 18), "Consulted " + t)), List.of(new Voices.SteeringMember("Rep " + t, "trainees")));
        People people = new People(new Person("Lead " + t, "Inclusion Manager", "lead@example.org"),
                new Person("Sponsor " + t, "Managing Partner", null),
                new ParticipantGroup("Mentors " + t, List.of("Eligible " + t), List.of(), new Commitment(2, 6)),
                new ParticipantGroup("Mentees " + t, List.of(), List.of("Listen " + t), null),
                new Buddies(BuddyModel.PER_PAIR, "Buddies " + t, List.of("Remit " + t)),
                List.of(new Partner("Partner " + t, "university", "Role " + t)));
        Recruitment recruitment = new Recruitment(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 24), List.of("Channel " + t));
        Matching matching = new Matching(MatchingApproach.HYBRID, "An independent coordinator " + t,
                List.of(new Rule(RuleKind.NEVER_SAME_REPORTING_LINE, null, 1, false),
                        new Rule(RuleKind.PREFER_SHARED_ANSWERS, "topics", 3, false),
                        new Rule(RuleKind.PREFER_SHARED_ANSWERS, "identity", 2, false)),
                1, List.of(new Question("topics", "Question " + t, QuestionType.MULTI_CHOICE, List.of("Option " + t),
                                Audience.BOTH, true, false),
                        new Question("identity", SENSITIVE, QuestionType.LONG_TEXT, List.of(), Audience.MENTOR, false, true)));
        List<Phase> phaseList = List.of(new Phase("purpose", "Purpose " + t, 8, 12, null),
                new Phase("engage", "Engage", 3, 4, null), new Phase("launch", "Launch", 2, 2, null),
                new Phase("mentoring", "Mentoring", 24, 24, null), new Phase("reflect", "Reflect", 6, 6, null));
        Timeline timeline = new Timeline(phaseList, List.of(new Milestone("midpoint", "Midpoint " + t, null, "mentoring", -12)));
        Meetings meetings = new Meetings(6, 4, 60, List.of(MeetingFormat.IN_PERSON, MeetingFormat.ONLINE),
                "Venue " + t, Party.MENTEE, AgendaOwner.MENTOR);
        List<Theme> themes = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            themes.add(new Theme("theme-" + i, "Theme " + i + " " + t, i, "Theme summary " + t, i == 1 ? "Before " + t : null,
                    new Theme.Prompts(List.of("Mentor prompt " + t), List.of("Mentee prompt " + t), List.of("Both prompt " + t))));
        }
        Agreement agreement = new Agreement(List.of(new Clause("confidentiality", "Confidentiality " + t, "Clause " + t, true),
                new Clause("meeting_logistics", "How we meet", "We meet 6 times " + t, false)), List.of("mentor", "mentee", "scheme_lead"));
        Diary diary = new Diary(List.of("Diary " + t), List.of(new Checkpoint("midpoint", List.of("Midpoint prompt " + t)),
                new Checkpoint("final", List.of("Final prompt " + t))));
        Support support = new Support(List.of(new Signpost("LawCare " + t, "Support " + t, "0800 279 6888", null,
                "https://www.lawcare.org.uk", LocalDate.of(2026, 11, 2))), List.of(new EscalationRoute("Concern " + t, "Contact " + t)));
        Community community = new Community(List.of(new Event("Launch " + t, null, "launch", null, "all"),
                new Event("Circle " + t, null, null, 8, "mentors")));
        Evaluation evaluation = new Evaluation("kirkpatrick", List.of(new Measure("awareness", "Awareness " + t,
                MeasureLevel.LEARNING, Instrument.SURVEY, List.of(Moment.BASELINE, Moment.FINAL), List.of("Item " + t))),
                new Reporting(5, List.of("sponsor", "participants")));
        NextSteps next = new NextSteps(LocalDate.of(2026, 12, 3), List.of("Action " + t), List.of("Continue " + t));
        Privacy privacy = new Privacy("Controller " + t, "dpo@example.org", 12, LawfulBasis.CONSENT);
        Handbook handbook = new Handbook(Handbook.DEFAULT_CHAPTERS, Paper.A4, List.of());
        Scheme scheme = new Scheme(1, org, details, purpose, voices, people, recruitment, matching, timeline, meetings,
                themes, agreement, diary, support, community, evaluation, next, privacy, handbook, SourceMap.empty("scheme.yml"));

        List<PhasePlan> phases = new ArrayList<>();
        LocalDate at = start;
        for (Phase p : phaseList) {
            phases.add(new PhasePlan(p, at, at.plusWeeks(p.maxWeeks())));
            at = at.plusWeeks(p.maxWeeks());
        }
        LocalDate mentoringStart = phases.get(3).start();
        List<MeetingPlan> meetingPlans = new ArrayList<>();
        for (int i = 1; i <= 6; i++) meetingPlans.add(new MeetingPlan(i, mentoringStart.plusWeeks(4L * (i - 1)), themes.get(i - 1)));
        List<MilestonePlan> milestones = List.of(new MilestonePlan(timeline.milestones().get(0), phases.get(3).end().minusWeeks(12)));
        List<EventPlan> events = new ArrayList<>();
        events.add(new EventPlan(community.events().get(0), phases.get(2).end(), 1));
        for (int i = 0; i < 3; i++) events.add(new EventPlan(community.events().get(1), mentoringStart.plusWeeks(8L * i), i + 1));
        List<Chapter> chapters = new ArrayList<>();
        chapters.add(new Chapter("welcome", "Welcome " + t, "Welcome summary " + t, List.of("mentor", "lead"),
                "Welcome text " + t + "\n\n## First heading\n\nSee [the timeline](timeline.html) and [themes](themes.html#theme-theme-2).\n\n"
                        + "## Second heading\n\nMore.\n\n## Third heading\n\n<b>raw html</b> " + t + "\n", false, null));
        for (String slug : List.of("purpose", "people", "timeline", "matching", "meetings", "themes", "agreement", "diary",
                "support", "community", "evaluation", "next-steps", "privacy", "downloads")) {
            chapters.add(new Chapter(slug, Pages.defaultTitle(slug) + " " + t, null, List.of(),
                    slug.equals("themes") ? "Intro to themes " + t : null, true, null));
        }
        return new Plan(scheme, LocalDate.of(2026, 12, 1), phases, milestones, meetingPlans, events,
                new DateRange(recruitment.opens(), recruitment.closes()), phases.get(4).end(), chapters, List.of());
    }
}
