package org.flipside.plan;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flipside.diagnostic.Location;
import org.flipside.model.AgendaOwner;
import org.flipside.model.Agreement;
import org.flipside.model.Audience;
import org.flipside.model.BuddyModel;
import org.flipside.model.Community;
import org.flipside.model.Community.Event;
import org.flipside.model.ConsultationMethod;
import org.flipside.model.Diary;
import org.flipside.model.Evaluation;
import org.flipside.model.Handbook;
import org.flipside.model.Instrument;
import org.flipside.model.LawfulBasis;
import org.flipside.model.Matching;
import org.flipside.model.MatchingApproach;
import org.flipside.model.MeasureLevel;
import org.flipside.model.MeetingFormat;
import org.flipside.model.Meetings;
import org.flipside.model.Moment;
import org.flipside.model.NextSteps;
import org.flipside.model.Organisation;
import org.flipside.model.OrganisationType;
import org.flipside.model.Paper;
import org.flipside.model.Party;
import org.flipside.model.People;
import org.flipside.model.Privacy;
import org.flipside.model.Purpose;
import org.flipside.model.QuestionType;
import org.flipside.model.Recruitment;
import org.flipside.model.RuleKind;
import org.flipside.model.Scheme;
import org.flipside.model.SchemeDetails;
import org.flipside.model.SchemeModel;
import org.flipside.model.SourceMap;
import org.flipside.model.Support;
import org.flipside.model.Theme;
import org.flipside.model.Timeline;
import org.flipside.model.Timeline.Milestone;
import org.flipside.model.Timeline.Phase;
import org.flipside.model.Voices;
import org.flipside.scheme.LoadedScheme;

/**
 * Schemes built by hand, mirroring {@code ../shared/fixtures/full.yml}, so that plan and review tests run
 * without the loader or the shared folder. {@link #with} changes one value at a time.
 */
public final class PlanFixtures {

    private PlanFixtures() {}

    public static LoadedScheme loaded(Scheme scheme) {
        return new LoadedScheme(scheme, List.of());
    }

    /** The scheme of {@code full.yml}, as the loader would give it (with a few source locations). */
    public static Scheme full() {
        return new Scheme(1,
                new Organisation("Calder & Wren LLP", "C&W", OrganisationType.LAW_FIRM, null,
                        new Organisation.Colours("#14365d", "#f4b942"), "en-GB",
                        new Organisation.Contact("flip@calderwren.example", "https://intranet.calderwren.example/inclusion")),
                new SchemeDetails("Calder & Wren Reverse Mentoring", SchemeModel.REVERSE, "2026",
                        LocalDate.of(2026, 1, 12), "Twelve trainees mentor twelve partners for six months."),
                new Purpose("Juniors do not feel heard.",
                        List.of("Partners understand the day-to-day experience of junior colleagues."),
                        List.of(new Purpose.Objective("supervision", "Embed wellbeing in supervision.",
                                        List.of("awareness", "supervision-changes")),
                                new Purpose.Objective("voice", "Mentors felt listened to.", List.of("reaction", "belonging"))),
                        List.of("Calder & Wren Inclusion Strategy 2025-2028"), List.of("performance management")),
                new Voices(List.of(
                        new Voices.Consultation(ConsultationMethod.ROUNDTABLE, List.of("trainees", "paralegals", "apprentices"),
                                LocalDate.of(2025, 11, 18), "Juniors asked for mentor-led agendas."),
                        new Voices.Consultation(ConsultationMethod.SURVEY, List.of("partners"),
                                LocalDate.of(2025, 12, 1), "Partners asked for prompts.")),
                        List.of(new Voices.SteeringMember("Trainee representative", "trainees"),
                                new Voices.SteeringMember("Paralegal representative", "paralegals"),
                                new Voices.SteeringMember("Wellbeing lead", "HR"))),
                new People(new People.Person("Priya Shah", "Inclusion Manager", "p.shah@calderwren.example"),
                        new People.Person("Tom Reid", "Managing Partner", null),
                        new People.ParticipantGroup("Trainees, paralegals and apprentices.",
                                List.of("At least three months at the firm"), List.of(), new People.Commitment(2, 6)),
                        new People.ParticipantGroup("Partners and heads of department.",
                                List.of("Supervises junior lawyers"), List.of("Listen more than you speak"), null),
                        new People.Buddies(BuddyModel.PER_PAIR, "Trained colleagues outside the mentor's team.",
                                List.of("Debrief after meetings", "Signpost support", "Escalate concerns")),
                        List.of(new People.Partner("Northgate University School of Law", "university", "Two student mentors"))),
                new Recruitment(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 24),
                        List.of("staff networks", "trainee forum", "partner meeting")),
                new Matching(MatchingApproach.HYBRID, "An independent coordinator outside both reporting lines",
                        List.of(new Matching.Rule(RuleKind.NEVER_SAME_REPORTING_LINE, null, 1, false),
                                new Matching.Rule(RuleKind.NEVER_SAME_TEAM, null, 1, false),
                                new Matching.Rule(RuleKind.PREFER_SHARED_ANSWERS, "topics", 3, false)),
                        1,
                        List.of(new Matching.Question("topics", "Which themes would you most like to explore?",
                                        QuestionType.MULTI_CHOICE, List.of("Recruitment", "Wellbeing"), Audience.BOTH, true, false),
                                new Matching.Question("identity", "Anything about your identity?", QuestionType.LONG_TEXT,
                                        List.of(), Audience.MENTOR, false, true))),
                new Timeline(List.of(
                        new Phase("purpose", "Develop purpose, aims and objectives", 8, 12, null),
                        new Phase("engage", "Engage mentors and mentees", 3, 4, null),
                        new Phase("launch", "Launch and match", 2, 2, null),
                        new Phase("mentoring", "Mentoring meetings", 24, 24, null),
                        new Phase("reflect", "Reflect, evaluate and plan next steps", 6, 6, null)),
                        List.of(new Milestone("midpoint", "Midpoint review", null, "mentoring", -12),
                                new Milestone("celebration", "Celebration event", LocalDate.of(2026, 11, 26), null, 0))),
                new Meetings(6, 4, 60, List.of(MeetingFormat.IN_PERSON, MeetingFormat.ONLINE),
                        "A neutral space, not the partner's office", Party.MENTEE, AgendaOwner.MENTOR),
                List.of(theme("getting-started", "Getting to know each other", 1),
                        theme("first-weeks", "The first weeks of a legal career", 2),
                        theme("supervision", "Supervision and feedback", 3),
                        theme("wellbeing", "Wellbeing and workload", 4),
                        theme("belonging", "Belonging and progression", 5),
                        theme("what-next", "What we will change", 6)),
                new Agreement(List.of(
                        new Agreement.Clause("confidentiality", "Confidentiality", "What we discuss stays between us.", true),
                        new Agreement.Clause("confidentiality_limits", "Limits", "Unless someone is at risk.", true),
                        new Agreement.Clause("no_assessment", "No assessment", "Nothing here is used to assess anyone.", true),
                        new Agreement.Clause("wellbeing_signposting", "Wellbeing", "Help is available.", true),
                        new Agreement.Clause("escalation", "Escalation", "Tell the scheme lead.", true),
                        new Agreement.Clause("no_fault_exit", "No-fault exit", "Either of us may end it.", true),
                        new Agreement.Clause("meeting_logistics", "How we will meet",
                                "We will meet ${meetings.count} times, every ${meetings.every_weeks} weeks. "
                                        + "${people.scheme_lead.name} can help.", false)),
                        List.of("mentor", "mentee", "scheme_lead")),
                new Diary(List.of("What stood out?", "How did I feel?"),
                        List.of(new Diary.Checkpoint("midpoint", List.of("What has changed since we started?")),
                                new Diary.Checkpoint("final", List.of("What will I carry forward?")))),
                new Support(List.of(new Support.Signpost("LawCare", "Free, confidential emotional support.",
                                "0800 279 6888", null, "https://www.lawcare.org.uk", LocalDate.of(2026, 11, 2))),
                        List.of(new Support.EscalationRoute("A safeguarding or wellbeing risk", "Priya Shah or HR"),
                                new Support.EscalationRoute("The pairing is not working", "Priya Shah"))),
                new Community(List.of(new Event("Launch event", null, "launch", null, "all"),
                        new Event("Mentor circle", null, null, 8, "mentors"),
                        new Event("Celebration", LocalDate.of(2026, 11, 26), null, null, "all"))),
                new Evaluation("kirkpatrick", List.of(
                        measure("reaction", MeasureLevel.REACTION, Instrument.SURVEY, Moment.FINAL),
                        measure("awareness", MeasureLevel.LEARNING, Instrument.SURVEY, Moment.BASELINE, Moment.FINAL),
                        measure("belonging", MeasureLevel.LEARNING, Instrument.SURVEY, Moment.BASELINE, Moment.FINAL),
                        measure("supervision-changes", MeasureLevel.BEHAVIOUR, Instrument.INTERVIEW, Moment.FINAL, Moment.FOLLOW_UP)),
                        new Evaluation.Reporting(5, List.of("sponsor", "participants"))),
                new NextSteps(LocalDate.of(2026, 12, 3), List.of("Publish a \"you said, we did\" summary"),
                        List.of("Pairs may continue informally")),
                new Privacy("Calder & Wren LLP (HR)", "dpo@calderwren.example", 12, LawfulBasis.CONSENT),
                new Handbook(Handbook.DEFAULT_CHAPTERS, Paper.A4, Handbook.PACKS),
                new SourceMap("scheme.yml", Map.of(
                        "meetings", new Location("scheme.yml", 128, 1),
                        "meetings.count", new Location("scheme.yml", 129, 10),
                        "timeline.milestones[0]", new Location("scheme.yml", 125, 7),
                        "timeline.milestones[0].after", new Location("scheme.yml", 125, 51))));
    }

    public static Theme theme(String id, String title, Integer meeting) {
        return new Theme(id, title, meeting, null, null,
                new Theme.Prompts(List.of("A mentor prompt?"), List.of("A mentee prompt?"), List.of()));
    }

    public static Evaluation.Measure measure(String id, MeasureLevel level, Instrument instrument, Moment... when) {
        return new Evaluation.Measure(id, id, level, instrument, List.of(when), List.of());
    }

    /**
     * A copy of {@code record} with one component replaced, by name:
     * {@code with(scheme, "meetings", new Meetings(...))}.
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                if (components[i].getName().equals(component)) {
                    values[i] = value;
                    found = true;
                } else {
                    values[i] = components[i].getAccessor().invoke(record);
                }
            }
            if (!found) throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + component);
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
