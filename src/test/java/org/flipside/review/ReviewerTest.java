package org.flipside.review;

import static org.flipside.plan.PlanFixtures.full;
import static org.flipside.plan.PlanFixtures.loaded;
import static org.flipside.plan.PlanFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.flipside.diagnostic.ProblemException;
import org.flipside.model.AgendaOwner;
import org.flipside.model.Community;
import org.flipside.model.Community.Event;
import org.flipside.model.Diary;
import org.flipside.model.Evaluation;
import org.flipside.model.Instrument;
import org.flipside.model.Matching;
import org.flipside.model.MeasureLevel;
import org.flipside.model.Moment;
import org.flipside.model.NextSteps;
import org.flipside.model.People;
import org.flipside.model.Purpose;
import org.flipside.model.Recruitment;
import org.flipside.model.Scheme;
import org.flipside.model.Support;
import org.flipside.model.Theme;
import org.flipside.model.Timeline;
import org.flipside.model.Timeline.Milestone;
import org.flipside.model.Timeline.Phase;
import org.flipside.model.Voices;
import org.flipside.plan.Planner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewerTest {

    static final LocalDate REVIEWED_ON = LocalDate.of(2026, 12, 1);

    /** A project folder without `content/`: the review does not depend on chapters. */
    static final Path PROJECT = Path.of("target", "review-test-project-without-content");

    /** full.yml's scheme, plus the one thing it lacks (saying that taking part is voluntary): every step strong. */
    static Scheme strong() {
        Scheme s = full();
        People people = s.people();
        People.ParticipantGroup mentors = with(people.mentors(), "eligibility",
                List.of("At least three months at the firm", "You take part because you want to."));
        return with(s, "people", with(people, "mentors", mentors));
    }

    static Review review(Scheme scheme) {
        try {
            return Reviewer.review(Planner.plan(loaded(scheme), PROJECT, REVIEWED_ON));
        } catch (ProblemException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void aSchemeThatCoversEveryStepIsStrongThroughout() {
        Review review = review(strong());

        for (StepReview step : review.steps()) {
            assertEquals(List.of(), step.findings(), step.id());
            assertEquals(Status.STRONG, step.status(), step.id());
        }
        assertEquals("13 of 13 steps strong", review.score());
        assertEquals(List.of("purpose", "voices", "timeline", "recruitment", "matching", "safeguarding", "support",
                "meetings", "community", "partners", "reflection", "evaluation", "next-steps"),
                review.steps().stream().map(StepReview::id).toList());
    }

    @Test
    void fullYmlIsStrongButForSayingThatTakingPartIsVoluntary() {
        Review review = review(full());

        assertEquals("12 of 13 steps strong", review.score());
        StepReview recruitment = review.step("recruitment");
        assertEquals(Status.PARTIAL, recruitment.status());
        assertEquals(List.of("voluntary-not-stated"), recruitment.findings().stream().map(Finding::rule).toList());
        assertEquals(List.of("open for 18 days", "3 channels"), recruitment.strengths());
    }

    // --- Crafted schemes that break one rule at a time ---------------------------------------------------

    private static Scheme phases(Scheme s, Phase... phases) {
        return with(s, "timeline", new Timeline(List.of(phases), s.timeline().milestones()));
    }

    private static Scheme milestones(Scheme s, Milestone... milestones) {
        return with(s, "timeline", new Timeline(s.timeline().phases(), List.of(milestones)));
    }

    private static Scheme meetings(Scheme s, String component, Object value) {
        return with(s, "meetings", with(s.meetings(), component, value));
    }

    private static Scheme commitment(Scheme s, Integer hours) {
        People people = s.people();
        return with(s, "people", with(people, "mentors", with(people.mentors(), "commitment", new People.Commitment(hours, 6))));
    }

    private static Scheme recruitment(Scheme s, LocalDate opens, LocalDate closes) {
        return with(s, "recruitment", new Recruitment(opens, closes, s.recruitment().channels()));
    }

    private static Scheme measures(Scheme s, Moment... when) {
        return with(s, "evaluation", with(s.evaluation(), "measures",
                List.of(new Evaluation.Measure("awareness", "Awareness", MeasureLevel.LEARNING, Instrument.SURVEY, List.of(when), List.of()))));
    }

    private static Scheme objectivesOn(Scheme s, String measure) {
        return with(s, "purpose", with(s.purpose(), "objectives",
                List.of(new Purpose.Objective("voice", "Mentors feel heard.", List.of(measure)))));
    }

    private static Scheme feedback(Scheme s, LocalDate date) {
        return with(s, "nextSteps", with(s.nextSteps(), "feedbackSession", date));
    }

    private static Scheme events(Scheme s, Event... events) {
        return with(s, "community", new Community(List.of(events)));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static final Phase PURPOSE = new Phase("purpose", "Develop purpose", 8, 12, null);
    private static final Phase MENTORING = new Phase("mentoring", "Mentoring meetings", 24, 24, null);
    private static final Phase REFLECT = new Phase("reflect", "Reflect", 6, 6, null);

    static Stream<Arguments> rulesThatFire() {
        List<Arguments> cases = new ArrayList<>();
        add(cases, "purpose", "no-strategy-link", s -> with(s, "purpose", with(s.purpose(), "strategyLinks", List.of())));
        add(cases, "purpose", "no-out-of-scope", s -> with(s, "purpose", with(s.purpose(), "outOfScope", List.of())));
        add(cases, "voices", "no-voices", s -> with(s, "voices", new Voices(List.of(), List.of())));
        add(cases, "voices", "no-consultation", s -> with(s, "voices", with(s.voices(), "consultations", List.of())));
        add(cases, "voices", "no-steering-group", s -> with(s, "voices", with(s.voices(), "steeringGroup", List.of())));
        add(cases, "voices", "juniors-not-represented", s -> with(s, "voices", new Voices(
                List.of(new Voices.Consultation(org.flipside.model.ConsultationMethod.SURVEY, List.of("partners"), null, null)),
                List.of(new Voices.SteeringMember("HR director", "HR")))));
        add(cases, "timeline", "no-design-phase", s -> phases(with(s, "community", new Community(List.of())), MENTORING, REFLECT));
        add(cases, "timeline", "no-midpoint-review", s -> milestones(s));
        add(cases, "timeline", "no-reflect-phase", s -> phases(with(s, "community", new Community(List.of())), PURPOSE, MENTORING));
        add(cases, "recruitment", "no-recruitment-window", s -> with(s, "recruitment", null));
        add(cases, "recruitment", "recruitment-short", s -> recruitment(s, d("2026-04-06"), d("2026-04-19")));
        add(cases, "recruitment", "no-channels", s -> with(s, "recruitment", with(s.recruitment(), "channels", List.of())));
        add(cases, "recruitment", "voluntary-not-stated", s -> full());
        add(cases, "matching", "no-matcher", s -> with(s, "matching", with(s.matching(), "matcher", null)));
        add(cases, "matching", "matcher-not-independent", s -> with(s, "matching", with(s.matching(), "matcher", "The head of HR")));
        add(cases, "matching", "no-reporting-line-rule", s -> with(s, "matching", with(s.matching(), "rules",
                List.of(new Matching.Rule(org.flipside.model.RuleKind.NEVER_SAME_TEAM, null, 1, false)))));
        add(cases, "matching", "no-questionnaire", s -> with(s, "matching", with(s.matching(), "questions", List.of())));
        add(cases, "safeguarding", "signposting-stale", s -> with(s, "support", with(s.support(), "signposting",
                List.of(new Support.Signpost("LawCare", null, "0800 279 6888", null, null, d("2025-11-30"))))));
        add(cases, "safeguarding", "no-escalation", s -> with(s, "support", with(s.support(), "escalation", List.of())));
        add(cases, "support", "no-buddies", s -> with(s, "people", with(s.people(), "buddies", null)));
        add(cases, "support", "no-training", s -> with(s, "people", with(s.people(), "buddies",
                new People.Buddies(org.flipside.model.BuddyModel.POOL, "Colleagues outside the team.", List.of("Listen")))));
        add(cases, "support", "commitment-not-stated", s -> with(s, "people", with(s.people(), "mentors",
                with(s.people().mentors(), "commitment", null))));
        add(cases, "support", "commitment-heavy", s -> commitment(s, 5));
        add(cases, "support", "commitment-mismatch", s -> commitment(s, 4));
        add(cases, "support", "commitment-mismatch", s -> meetings(s, "minutes", 180));
        add(cases, "meetings", "few-meetings", s -> meetings(s, "count", 3));
        add(cases, "meetings", "meeting-spacing", s -> meetings(s, "everyWeeks", 1));
        add(cases, "meetings", "meeting-spacing", s -> meetings(meetings(s, "everyWeeks", 9), "count", 3));
        add(cases, "meetings", "meetings-without-theme", s -> with(s, "themes", s.themes().subList(0, 5)));
        add(cases, "meetings", "prompts-one-sided", s -> with(s, "themes", List.of(new Theme("t", "T", null, null, null,
                new Theme.Prompts(List.of("Mentor only?"), List.of(), List.of())))));
        add(cases, "meetings", "mentor-not-leading", s -> meetings(s, "agendaOwner", AgendaOwner.SHARED));
        add(cases, "community", "no-community-events", s -> events(s));
        add(cases, "community", "no-community-in-mentoring", s -> events(s, new Event("Celebration", d("2026-11-26"), null, null, "all")));
        add(cases, "partners", "no-partners", s -> with(s, "people", with(s.people(), "partners", List.of())));
        add(cases, "partners", "no-aspiring-lawyers-or-clients", s -> with(s, "people", with(s.people(), "partners",
                List.of(new People.Partner("A charity", "charity", "Hosts the celebration")))));
        add(cases, "reflection", "no-diary-prompts", s -> with(s, "diary", with(s.diary(), "prompts", List.of())));
        add(cases, "reflection", "checkpoints-missing", s -> with(s, "diary", with(s.diary(), "checkpoints",
                List.of(new Diary.Checkpoint("final", List.of("What now?"))))));
        add(cases, "evaluation", "no-baseline", s -> objectivesOn(measures(s, Moment.FINAL), "awareness"));
        add(cases, "evaluation", "baseline-after-first-meeting", s -> milestones(s,
                new Milestone("midpoint", "Midpoint review", null, "mentoring", -12),
                new Milestone("baseline", "Baseline survey", d("2026-05-25"), null, 0)));
        add(cases, "evaluation", "no-final-measure", s -> objectivesOn(measures(s, Moment.BASELINE), "awareness"));
        add(cases, "evaluation", "small-groups-shown", s -> with(s, "evaluation", with(s.evaluation(), "reporting",
                new Evaluation.Reporting(3, List.of("sponsor")))));
        add(cases, "next-steps", "no-feedback-session", s -> feedback(s, null));
        add(cases, "next-steps", "feedback-after-reflect", s -> feedback(s, d("2026-12-15")));
        add(cases, "next-steps", "no-actions", s -> with(s, "nextSteps", with(s.nextSteps(), "actions", List.of())));
        add(cases, "next-steps", "no-continuation", s -> with(s, "nextSteps", with(s.nextSteps(), "continuation", List.of())));
        return cases.stream();
    }

    private static void add(List<Arguments> cases, String step, String rule, UnaryOperator<Scheme> change) {
        cases.add(Arguments.of(step, rule, change));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rulesThatFire")
    void eachRuleFiresOnASchemeThatBreaksIt(String step, String rule, UnaryOperator<Scheme> change) {
        StepReview reviewed = review(change.apply(strong())).step(step);

        Finding finding = reviewed.finding(rule);
        assertNotNull(finding, () -> rule + " did not fire; found " + reviewed.findings());
        assertNotEquals(Status.STRONG, reviewed.status());
        assertNotEquals("", finding.message());
        assertNotEquals("", finding.suggestion());
    }

    /** Just inside each boundary: the rule keeps quiet (and the strong scheme keeps every rule quiet). */
    static Stream<Arguments> rulesThatStayQuiet() {
        List<Arguments> cases = new ArrayList<>();
        add(cases, "recruitment", "recruitment-short", s -> recruitment(s, d("2026-04-06"), d("2026-04-20")));
        add(cases, "meetings", "meeting-spacing", s -> meetings(s, "everyWeeks", 2));
        add(cases, "meetings", "meeting-spacing", s -> meetings(meetings(s, "everyWeeks", 8), "count", 3));
        add(cases, "meetings", "mentor-not-leading", s -> meetings(s, "agendaOwner", AgendaOwner.MENTOR));
        add(cases, "support", "commitment-mismatch", s -> commitment(s, 3));
        add(cases, "support", "commitment-mismatch", s -> commitment(s, 1));
        add(cases, "support", "commitment-heavy", s -> commitment(s, 4));
        add(cases, "timeline", "no-midpoint-review", s -> milestones(phases(meetings(events(s), "count", 3), PURPOSE,
                new Phase("mentoring", "Mentoring", 13, 13, null), REFLECT)));
        add(cases, "evaluation", "baseline-after-first-meeting", s -> milestones(s,
                new Milestone("midpoint", "Midpoint review", null, "mentoring", -12),
                new Milestone("baseline", "Baseline survey", d("2026-05-11"), null, 0)));
        add(cases, "evaluation", "small-groups-shown", s -> with(s, "evaluation", with(s.evaluation(), "reporting",
                new Evaluation.Reporting(5, List.of("sponsor")))));
        add(cases, "next-steps", "feedback-after-reflect", s -> feedback(s, d("2026-12-14")));
        add(cases, "community", "no-community-in-mentoring", s -> events(s, new Event("Launch", null, "launch", null, "all")));
        add(cases, "meetings", "meetings-without-theme", ReviewerTest::withUnnumberedThemes);
        return cases.stream();
    }

    /** Six themes that name no meeting still give every meeting a theme. */
    private static Scheme withUnnumberedThemes(Scheme s) {
        return with(s, "themes", s.themes().stream().map(t -> with(t, "meeting", null)).toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rulesThatStayQuiet")
    void eachRuleStaysQuietJustInsideItsBoundary(String step, String rule, UnaryOperator<Scheme> change) {
        StepReview reviewed = review(change.apply(strong())).step(step);

        assertNull(reviewed.finding(rule), () -> rule + " fired: " + reviewed.finding(rule));
    }

    @Test
    void aMissingStepSaysWhatToAddAsYaml() {
        StepReview partners = review(with(strong(), "people", with(strong().people(), "partners", List.of()))).step("partners");

        assertEquals(Status.MISSING, partners.status());
        assertEquals("people:\n  partners:\n    - name: A local university law school\n      type: university\n"
                + "      role: Two student mentors join the cohort", partners.finding("no-partners").yaml());
    }

    @Test
    void aShortRecruitmentWindowSaysHowShortAndSuggestsAClosingDate() {
        Finding finding = review(recruitment(strong(), d("2026-04-06"), d("2026-04-16"))).step("recruitment")
                .finding("recruitment-short");

        assertEquals("Recruitment is open for only 10 days.", finding.message());
        assertEquals("recruitment:\n  closes: 2026-04-20", finding.yaml());
    }

    @Test
    void theScoreCountsStrongSteps() {
        Scheme weaker = with(with(strong(), "voices", new Voices(List.of(), List.of())), "recruitment", null);
        Review review = review(weaker);

        assertEquals("11 of 13 steps strong", review.score());
        assertEquals(2, review.count(Status.MISSING));
        assertEquals(0, review.count(Status.PARTIAL));
        assertEquals("11 of 13 steps strong (0 partial, 2 missing).", ReviewText.scoreLine(review));
    }

    @Test
    void thePlanBasedChecksSayWhatTheDatesAre() {
        Scheme lateBaseline = milestones(strong(), new Milestone("midpoint", "Midpoint review", null, "mentoring", -12),
                new Milestone("baseline", "Baseline survey", d("2026-05-25"), null, 0));
        assertEquals("The baseline (Baseline survey) falls on Mon 25 May 2026, after the first meeting on Mon 18 May 2026.",
                review(lateBaseline).step("evaluation").finding("baseline-after-first-meeting").message());

        assertEquals("The feedback session on Tue 15 Dec 2026 comes after the reflect phase ends on Mon 14 Dec 2026.",
                review(feedback(strong(), d("2026-12-15"))).step("next-steps").finding("feedback-after-reflect").message());

        assertEquals("Meetings are 9 weeks apart.",
                review(meetings(meetings(strong(), "everyWeeks", 9), "count", 3)).step("meetings").finding("meeting-spacing").message());

        assertEquals("Mentors are asked for 2 hours a month, but the meetings alone take about 3 hours a month.",
                review(meetings(strong(), "minutes", 180)).step("support").finding("commitment-mismatch").message());
        assertEquals("Mentors are asked for 4 hours a month, but the meetings take about 1 hour a month.",
                review(commitment(strong(), 4)).step("support").finding("commitment-mismatch").message());

        assertEquals("The mentoring runs for 24 weeks with no midpoint review.",
                review(milestones(strong())).step("timeline").finding("no-midpoint-review").message());

        assertEquals("No group event falls during the mentoring phase.", review(events(strong(),
                new Event("Celebration", d("2026-11-26"), null, null, "all"))).step("community").finding("no-community-in-mentoring").message());
    }
}
