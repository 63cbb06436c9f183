package org.flipside.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flipside.model.*;
import org.flipside.plan.Chapter;
import org.flipside.plan.DateRange;
import org.flipside.plan.EventPlan;
import org.flipside.plan.MeetingPlan;
import org.flipside.plan.MilestonePlan;
import org.flipside.plan.PhasePlan;
import org.flipside.plan.Plan;

/**
 * A complete plan built by hand, independent of the loader and planner: six meetings, two checkpoints, a
 * sensitive question, names in five scripts, and Markdown chapters that use every construct the handbook draws.
 */
public final class PlanFixture {

    static final String SENSITIVE = "Is there anything about your identity or background you would like your matcher to know?";
    static final LocalDate BUILD = LocalDate.of(2026, 11, 20);

    private PlanFixture() {}

    public static Plan plan() {
        return plan(List.of("agreement", "diary", "prompts", "questionnaire", "surveys", "handbook", "calendar"), Paper.A4);
    }

    static Plan plan(List<String> packs, Paper paper) {
        Organisation org = new Organisation("Calder & Wren LLP", "C&W", OrganisationType.LAW_FIRM, "content/assets/logo.png",
                new Organisation.Colours("#14365d", "#f4b942"), "en-GB",
                new Organisation.Contact("flip@calderwren.example", "https://intranet.calderwren.example/inclusion"));
        SchemeDetails details = new SchemeDetails("Calder & Wren Reverse Mentoring", SchemeModel.REVERSE, "2026",
                LocalDate.of(2026, 1, 12), "Twelve trainees mentor twelve partners for six months.");
        Purpose purpose = new Purpose("Juniors do not feel heard.", List.of("Partners understand junior colleagues."),
                List.of(new Purpose.Objective("voice", "Mentors feel listened to.", List.of("belonging"))),
                List.of("Inclusion Strategy 2025–2028"), List.of("performance management"));
        Voices voices = new Voices(List.of(new Voices.Consultation(ConsultationMethod.ROUNDTABLE, List.of("trainees"),
                LocalDate.of(2025, 11, 18), "Juniors asked for a way out with no blame.")), List.of());
        People people = new People(new People.Person("Zoë Ñúñez", "Inclusion Manager", "z.nunez@calderwren.example"),
                new People.Person("Łukasz Wójcik", "Managing Partner", null),
                new People.ParticipantGroup("Trainees and paralegals.", List.of("Three months at the firm"), List.of(),
                        new People.Commitment(2, 6)),
                new People.ParticipantGroup("Partners.", List.of(), List.of("Listen more than you speak"), null),
                new People.Buddies(BuddyModel.PER_PAIR, "Trained colleagues.", List.of("Debrief after meetings")),
                List.of());
        Recruitment recruitment = new Recruitment(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 24), List.of("staff networks"));
        Matching matching = new Matching(MatchingApproach.HYBRID, "An independent coordinator",
                List.of(new Matching.Rule(RuleKind.NEVER_SAME_REPORTING_LINE, null, 1, false),
                        new Matching.Rule(RuleKind.PREFER_SHARED_ANSWERS, "topics", 3, false),
                        new Matching.Rule(RuleKind.PREFER_DIFFERENT_ANSWERS, "practice-area", 2, false),
                        new Matching.Rule(RuleKind.PREFER_SHARED_ANSWERS, "availability", 1, true)),
                1,
                List.of(new Matching.Question("topics", "Which themes would you most like to explore?", QuestionType.MULTI_CHOICE,
                                List.of("Recruitment", "Supervision", "Wellbeing", "Hybrid working"), Audience.BOTH, true, false),
                        new Matching.Question("practice-area", "Which practice area do you work in?", QuestionType.SINGLE_CHOICE,
                                List.of("Corporate", "Disputes", "Real Estate"), Audience.BOTH, true, false),
                        new Matching.Question("availability", "When can you usually meet?", QuestionType.MULTI_CHOICE,
                                List.of("Early morning", "Lunchtime"), Audience.BOTH, false, false),
                        new Matching.Question("confidence", "How confident are you speaking up?", QuestionType.SCALE,
                                List.of(), Audience.MENTEE, false, false),
                        new Matching.Question("name", "Your name", QuestionType.TEXT, List.of(), Audience.BOTH, true, false),
                        new Matching.Question("hopes", "What do you hope to get from the scheme?", QuestionType.LONG_TEXT,
                                List.of(), Audience.BOTH, false, false),
                        new Matching.Question("identity", SENSITIVE, QuestionType.LONG_TEXT, List.of(), Audience.MENTOR, false, true)));
        List<Timeline.Phase> phases = List.of(
                new Timeline.Phase("purpose", "Develop purpose, aims and objectives", 8, 12, null),
                new Timeline.Phase("engage", "Engage mentors and mentees", 3, 4, null),
                new Timeline.Phase("launch", "Launch and match", 2, 2, null),
                new Timeline.Phase("mentoring", "Mentoring meetings", 24, 24, null),
                new Timeline.Phase("reflect", "Reflect, evaluate and plan next steps", 6, 6, null));
        List<Timeline.Milestone> milestones = List.of(
                new Timeline.Milestone("midpoint", "Midpoint review", null, "mentoring", -12),
                new Timeline.Milestone("celebration", "Celebration event", LocalDate.of(2026, 11, 26), null, 0));
        Meetings meetings = new Meetings(6, 4, 60, List.of(MeetingFormat.IN_PERSON, MeetingFormat.ONLINE),
                "A neutral space", Party.MENTEE, AgendaOwner.MENTOR);
        List<Theme> themes = new ArrayList<>();
        String[] titles = {"Getting to know each other", "The first weeks of a legal career", "Supervision and feedback",
                "Wellbeing and workload", "Belonging and progression", "What we will change"};
        for (int i = 0; i < titles.length; i++) {
            themes.add(new Theme("theme-" + (i + 1), titles[i], i + 1, i == 0 ? "Why you joined." : null,
                    i == 0 ? "Read the agreement together." : null,
                    new Theme.Prompts(List.of("What would make this a safe space for you, Дмитрий?"),
                            List.of("What do I hope to learn, Ελένη?"), i % 2 == 0 ? List.of("What should stay between us?") : List.of())));
        }
        Agreement agreement = new Agreement(List.of(
                new Agreement.Clause("confidentiality", "Confidentiality", "What we discuss stays between us.", true),
                new Agreement.Clause("confidentiality_limits", "Limits of confidentiality", "If someone is at risk of harm, we will tell the scheme lead.", true),
                new Agreement.Clause("no_assessment", "No assessment or retaliation", "Nothing said here is used in appraisals.", true),
                new Agreement.Clause("meeting_logistics", "How we will meet", "We will meet 6 times, every 4 weeks, for about 60 minutes. Zoë Ñúñez can help.", false),
                new Agreement.Clause("wellbeing_signposting", "Looking after ourselves", "We know where to find support.", true),
                new Agreement.Clause("escalation", "When something goes wrong", "We tell the scheme lead.", true),
                new Agreement.Clause("no_fault_exit", "A no-fault exit", "Either of us may end the partnership at any time, without blame.", true)),
                List.of("mentor", "mentee", "scheme_lead"));
        Diary diary = new Diary(List.of("What stood out?", "How did I feel?", "What will I do differently?"),
                List.of(new Diary.Checkpoint("midpoint", List.of("What has changed since we started?")),
                        new Diary.Checkpoint("final", List.of("What will I carry forward?"))));
        Support support = new Support(List.of(new Support.Signpost("LawCare", "Free, confidential emotional support.",
                "0800 279 6888", null, "https://www.lawcare.org.uk", LocalDate.of(2026, 11, 2))),
                List.of(new Support.EscalationRoute("The pairing is not working", "Zoë Ñúñez")));
        Community community = new Community(List.of(
                new Community.Event("Launch event", null, "launch", null, "all"),
                new Community.Event("Mentor circle", null, null, 8, "mentors"),
                new Community.Event("Celebration", LocalDate.of(2026, 11, 26), null, null, "all")));
        Evaluation evaluation = new Evaluation("kirkpatrick", List.of(
                new Evaluation.Measure("reaction", "How participants felt", MeasureLevel.REACTION, Instrument.SURVEY,
                        List.of(Moment.FINAL), List.of("The scheme was a good use of my time (1-5)", "What would you change?")),
                new Evaluation.Measure("belonging", "Sense of belonging", MeasureLevel.LEARNING, Instrument.SURVEY,
                        List.of(Moment.BASELINE, Moment.FINAL), List.of("I feel my voice is heard at this firm (1–5)")),
                new Evaluation.Measure("changes", "Changes to supervision", MeasureLevel.BEHAVIOUR, Instrument.INTERVIEW,
                        List.of(Moment.FOLLOW_UP), List.of())),
                new Evaluation.Reporting(5, List.of("sponsor")));
        NextSteps next = new NextSteps(LocalDate.of(2026, 12, 3), List.of("Publish a summary"), List.of("Pairs may continue"));
        Privacy privacy = new Privacy("Calder & Wren LLP (HR)", "dpo@calderwren.example", 12, LawfulBasis.CONSENT);
        Handbook handbook = new Handbook(List.of("welcome", "timeline", "agreement"), paper, packs);
        Scheme scheme = new Scheme(1, org, details, purpose, voices, people, recruitment, matching,
                new Timeline(phases, milestones), meetings, themes, agreement, diary, support, community, evaluation,
                next, privacy, handbook, SourceMap.empty("scheme.yml"));

        LocalDate start = LocalDate.of(2026, 1, 12);
        List<PhasePlan> phasePlans = new ArrayList<>();
        for (Timeline.Phase phase : phases) {
            LocalDate end = start.plusWeeks(phase.maxWeeks());
            phasePlans.add(new PhasePlan(phase, start, end));
            start = end;
        }
        LocalDate mentoring = phasePlans.get(3).start();
        List<MeetingPlan> meetingPlans = new ArrayList<>();
        for (int n = 1; n <= 6; n++) meetingPlans.add(new MeetingPlan(n, mentoring.plusWeeks(4L * (n - 1)), themes.get(n - 1)));
        List<MilestonePlan> milestonePlans = List.of(
                new MilestonePlan(milestones.get(0), phasePlans.get(3).end().minusWeeks(12)),
                new MilestonePlan(milestones.get(1), LocalDate.of(2026, 11, 26)));
        List<EventPlan> events = List.of(
                new EventPlan(community.events().get(0), phasePlans.get(2).end(), 1),
                new EventPlan(community.events().get(1), mentoring, 1),
                new EventPlan(community.events().get(1), mentoring.plusWeeks(8), 2),
                new EventPlan(community.events().get(1), mentoring.plusWeeks(16), 3),
                new EventPlan(community.events().get(2), LocalDate.of(2026, 11, 26), 1));
        List<Chapter> chapters = List.of(
                new Chapter("welcome", "Welcome", "Why we run the scheme", List.of(), WELCOME, false, "content/welcome.md"),
                new Chapter("timeline", "Timeline", null, List.of(), null, true, null),
                new Chapter("agreement", "The mentoring agreement", null, List.of(), "Every pair signs the agreement.", true,
                        "content/agreement.md"));
        return new Plan(scheme, BUILD, phasePlans, milestonePlans, meetingPlans, events,
                new DateRange(recruitment.opens(), recruitment.closes()), phasePlans.get(4).end(), chapters, List.of());
    }

    /** {@code plan} with another agreement and organisation logo; everything else unchanged. */
    static Plan with(Plan plan, Agreement agreement, String logo) {
        Scheme s = plan.scheme();
        Organisation o = s.organisation();
        Organisation org = new Organisation(o.name(), o.shortName(), o.type(), logo, o.colours(), o.language(), o.contact());
        Scheme changed = new Scheme(s.version(), org, s.scheme(), s.purpose(), s.voices(), s.people(), s.recruitment(),
                s.matching(), s.timeline(), s.meetings(), s.themes(), agreement, s.diary(), s.support(), s.community(),
                s.evaluation(), s.nextSteps(), s.privacy(), s.handbook(), s.sources());
        return new Plan(changed, plan.buildDate(), plan.phases(), plan.milestones(), plan.meetings(), plan.events(),
                plan.recruitment(), plan.end(), plan.chapters(), plan.warnings());
    }

    static final String WELCOME = """
            Welcome to **Calder & Wren Reverse Mentoring**. This handbook is for *everyone* taking part.

            ## Who it is for

            Mentors such as Nguyễn Thị Mai and mentees such as Дмитрий Иванов. Read the [agreement](agreement.html) and
            visit [LawCare](https://www.lawcare.org.uk).

            1. Read the handbook.
            2. Meet your partner.
               - Agree ground rules.
               - Sign the agreement.

            > What is said in a meeting stays in the meeting.

            | Moment | What happens |
            |---|---|
            | Launch | You meet your partner |
            | Midpoint | A review |

            ### A picture

            ![Calder & Wren logo](assets/logo.png)

            Some `code` and a line  
            break.
            """;

    static Map<String, String> unicodeNames() {
        return Map.of("mentor_name", "Nguyễn Thị Mai", "mentee_name", "Łukasz Wójcik", "buddy_name", "Ελένη Παπαδοπούλου");
    }
}
