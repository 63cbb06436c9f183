package org.flipside.review;

import static org.flipside.review.StepBuilder.count;
import static org.flipside.review.StepBuilder.mentions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.flipside.model.Matching;
import org.flipside.model.People;
import org.flipside.model.Purpose;
import org.flipside.model.Recruitment;
import org.flipside.model.RuleKind;
import org.flipside.model.Scheme;
import org.flipside.model.Voices;
import org.flipside.plan.PhasePlan;
import org.flipside.plan.Plan;

/** The steps that shape a scheme before the first meeting: purpose, voices, recruitment, matching, partners, timeline. */
final class DesignChecks {

    /** Words that show junior colleagues (the mentors) had a voice. */
    private static final String[] JUNIOR = {"trainee", "paralegal", "apprentice", "student", "junior", "mentor",
            "early career", "early-career", "graduate"};
    private static final String[] VOLUNTARY = {"voluntar", "want to", "own choice", "opt in", "opt-in", "freely",
            "free to", "not because you were asked"};

    private final Plan plan;
    private final Scheme scheme;

    DesignChecks(Plan plan) {
        this.plan = plan;
        this.scheme = plan.scheme();
    }

    StepReview purpose() {
        StepBuilder step = new StepBuilder("purpose", "Purpose and aims",
                "A clear problem with aims and measurable objectives is what keeps a scheme from becoming a tick-box exercise.");
        Purpose purpose = scheme.purpose();
        if (purpose == null || purpose.problem() == null || purpose.problem().isBlank()) {
            return step.missing("no-problem", "The scheme does not say what problem it addresses.",
                    "Write the organisational problem in a few sentences, in the words of the people it affects.",
                    "purpose:\n  problem: >\n    Trainees from under-represented backgrounds tell us they do not feel heard.").build();
        }
        step.strength("a problem statement");
        step.strength(count(purpose.aims().size(), "aim", "aims"));
        long linked = purpose.objectives().stream().filter(o -> !o.measures().isEmpty()).count();
        step.strength(count(purpose.objectives().size(), "objective", "objectives")
                + (linked == purpose.objectives().size() ? ", each linked to a measure" : ""));
        if (purpose.strategyLinks().isEmpty()) {
            step.gap("no-strategy-link", "The purpose is not linked to a wider strategy or plan.",
                    "Name the strategy the scheme serves, so that what it finds feeds into decisions that last beyond one cohort.",
                    "purpose:\n  strategy_links:\n    - Our inclusion strategy 2025-2028");
        } else {
            step.strength("linked to " + String.join(", ", purpose.strategyLinks()));
        }
        if (purpose.outOfScope().isEmpty()) {
            step.gap("no-out-of-scope", "Nothing says what the scheme is not for.",
                    "List what is out of scope, such as performance management or individual complaints, so mentors"
                            + " know that what they share will not be used against anyone.",
                    "purpose:\n  out_of_scope:\n    - performance management\n    - individual complaints");
        }
        return step.build();
    }

    StepReview voices() {
        StepBuilder step = new StepBuilder("voices", "Voices in design",
                "A scheme shaped by the junior colleagues it serves avoids repeating the imbalance of power it sets out to address.");
        Voices voices = scheme.voices();
        List<Voices.Consultation> consultations = voices == null ? List.of() : voices.consultations();
        List<Voices.SteeringMember> steering = voices == null ? List.of() : voices.steeringGroup();
        String yaml = "voices:\n  consultations:\n    - method: roundtable\n      with: [trainees, paralegals, apprentices]\n"
                + "      date: " + suggestedConsultationDate() + "\n      summary: What they asked us to keep and to change\n"
                + "  steering_group:\n    - role: Trainee representative\n      represents: trainees";
        if (consultations.isEmpty() && steering.isEmpty()) {
            return step.missing("no-voices", "No consultation or steering group is recorded.",
                    "Record who helped design the scheme. If nobody was asked this time, a short roundtable with"
                            + " trainees and paralegals before the next cohort makes a real difference.", yaml).build();
        }
        if (consultations.isEmpty()) {
            step.gap("no-consultation", "No consultation is recorded.",
                    "Ask the people the scheme is for (a roundtable, survey or a few interviews) and note what they said.",
                    "voices:\n  consultations:\n    - method: roundtable\n      with: [trainees, paralegals]\n      summary: What they asked for");
        } else {
            step.strength(count(consultations.size(), "consultation", "consultations"));
        }
        if (steering.isEmpty()) {
            step.gap("no-steering-group", "There is no steering group.",
                    "A small steering group with a junior representative keeps the scheme honest while it runs.",
                    "voices:\n  steering_group:\n    - role: Trainee representative\n      represents: trainees");
        } else {
            step.strength("a steering group of " + steering.size());
        }
        boolean juniors = consultations.stream().anyMatch(c -> c.with().stream().anyMatch(w -> mentions(w, JUNIOR)))
                || steering.stream().anyMatch(m -> mentions(m.represents(), JUNIOR) || mentions(m.role(), JUNIOR));
        if (juniors) {
            step.strength("junior colleagues had a say");
        } else {
            step.gap("juniors-not-represented", "Junior colleagues do not appear among the people consulted or on the steering group.",
                    "Make sure trainees, paralegals or apprentices are asked, and have a seat on the steering group.",
                    "voices:\n  steering_group:\n    - role: Trainee representative\n      represents: trainees");
        }
        return step.build();
    }

    StepReview recruitment() {
        StepBuilder step = new StepBuilder("recruitment", "Recruitment",
                "An open, voluntary invitation through several channels reaches people who would not put themselves forward.");
        Recruitment recruitment = scheme.recruitment();
        PhasePlan engage = phase("engage");
        LocalDate opens = engage != null ? engage.start() : scheme.scheme().start();
        String yaml = "recruitment:\n  opens: " + opens + "\n  closes: " + opens.plusDays(18)
                + "\n  channels: [staff networks, trainee forum]";
        if (recruitment == null || plan.recruitment() == null) {
            step.missing("no-recruitment-window", "No recruitment window is set.",
                    "Give people a clear window of at least two weeks, during the engage phase, and say where the invitation goes.", yaml);
        } else {
            long days = ChronoUnit.DAYS.between(plan.recruitment().start(), plan.recruitment().end());
            if (days < 14) {
                step.gap("recruitment-short", "Recruitment is open for only " + count(days, "day", "days") + ".",
                        "Keep it open for at least two weeks, so that people on leave, in court or changing seats can still apply.",
                        "recruitment:\n  closes: " + plan.recruitment().start().plusDays(14));
            } else {
                step.strength("open for " + days + " days");
            }
            if (recruitment.channels().isEmpty()) {
                step.gap("no-channels", "No recruitment channels are named.",
                        "Invite people through more than one route: staff networks, trainee forums and team meetings reach different people.",
                        "recruitment:\n  channels: [staff networks, trainee forum, team meetings]");
            } else {
                step.strength(count(recruitment.channels().size(), "channel", "channels"));
            }
        }
        if (voluntaryStated()) {
            step.strength("taking part is voluntary");
        } else {
            step.gap("voluntary-not-stated", "Nothing says that taking part is voluntary.",
                    "Say plainly that joining is a free choice and that saying no has no consequences; add a line like this to the mentors' eligibility.",
                    "people:\n  mentors:\n    eligibility:\n      - You are taking part because you want to, not because you were asked to.");
        }
        return step.build();
    }

    StepReview matching() {
        StepBuilder step = new StepBuilder("matching", "Matching",
                "Careful, independent matching keeps mentors away from people who assess them, so that they can speak freely.");
        Matching matching = scheme.matching();
        if (matching == null || (matching.rules().isEmpty() && matching.questions().isEmpty()
                && (matching.matcher() == null || matching.matcher().isBlank()))) {
            return step.missing("no-matching", "The scheme does not say how pairs are matched.",
                    "Describe who matches, the rules they follow and the questionnaire they use.",
                    "matching:\n  approach: hybrid\n  matcher: An independent coordinator outside both reporting lines\n"
                            + "  rules:\n    - never: same_reporting_line").build();
        }
        if (matching.approach() != null) step.strength(matching.approach().key() + " matching");
        if (matching.matcher() == null || matching.matcher().isBlank()) {
            step.gap("no-matcher", "Nobody is named as the matcher.",
                    "Say who makes the pairs; someone outside everyone's reporting lines is best.",
                    "matching:\n  matcher: An independent coordinator outside both reporting lines");
        } else if (!mentions(matching.matcher(), "independent", "outside", "neutral")) {
            step.gap("matcher-not-independent", "The matcher is not described as independent.",
                    "Choose a matcher who sits outside the reporting lines of the people being matched, and say so.",
                    "matching:\n  matcher: An independent coordinator outside both reporting lines");
        } else {
            step.strength("an independent matcher");
        }
        if (matching.rules().stream().anyMatch(r -> r.kind() == RuleKind.NEVER_SAME_REPORTING_LINE)) {
            step.strength("never in the same reporting line");
        } else {
            step.gap("no-reporting-line-rule", "No rule keeps a mentor out of their mentee's reporting line.",
                    "A mentor should never be matched with someone who supervises or assesses them; add the rule.",
                    "matching:\n  rules:\n    - never: same_reporting_line");
        }
        long asked = matching.questions().stream().filter(q -> !q.sensitive()).count();
        if (asked == 0) {
            step.gap("no-questionnaire", "There is no matching questionnaire.",
                    "A few questions about themes and availability make better pairs and show people their preferences count.",
                    "matching:\n  questions:\n    - id: topics\n      text: Which themes would you most like to explore?\n"
                            + "      type: multi_choice\n      options: [Supervision, Wellbeing, Progression, Belonging]\n      audience: both");
        } else {
            step.strength("a questionnaire of " + count(matching.questions().size(), "question", "questions"));
        }
        return step.build();
    }

    StepReview partners() {
        StepBuilder step = new StepBuilder("partners", "Partners",
                "Involving law students or clients widens whose experience reaches senior people, and builds the pipeline of future colleagues.");
        List<People.Partner> partners = scheme.people() == null ? List.of() : scheme.people().partners();
        if (partners.isEmpty()) {
            return step.missing("no-partners", "No partner organisation takes part.",
                    "Consider inviting a university law school (students as mentors) or a client with its own scheme.",
                    "people:\n  partners:\n    - name: A local university law school\n      type: university\n"
                            + "      role: Two student mentors join the cohort").build();
        }
        List<String> names = new ArrayList<>();
        for (People.Partner p : partners) names.add(p.name());
        step.strength(String.join(", ", names));
        boolean widening = partners.stream().anyMatch(p -> mentions(p.type(), "universit", "school", "college", "client")
                || mentions(p.role(), "student", "client"));
        if (!widening) {
            step.gap("no-aspiring-lawyers-or-clients", "None of the partners brings in aspiring lawyers or clients.",
                    "A university or school partner brings the voices of people who have not yet joined the profession.",
                    "people:\n  partners:\n    - name: A local university law school\n      type: university");
        }
        return step.build();
    }

    StepReview timeline() {
        StepBuilder step = new StepBuilder("timeline", "Timeline",
                "Time to design before launch, a midpoint review and time to reflect afterwards are what separate a planned scheme from a rushed one.");
        PhasePlan mentoring = mentoringPhase();
        if (mentoring == null) {
            return step.missing("no-phases", "The timeline has no phases.",
                    "Plan the scheme in phases, from developing its purpose to reflecting on it.",
                    "timeline:\n  phases:\n    - {id: purpose, title: Develop purpose, aims and objectives, weeks: [8, 12]}\n"
                            + "    - {id: mentoring, title: Mentoring meetings, weeks: 24}\n    - {id: reflect, title: Reflect, weeks: 6}").build();
        }
        int index = plan.phases().indexOf(mentoring);
        boolean designFirst = plan.phases().subList(0, index).stream()
                .anyMatch(p -> p.phase().id().equals("purpose") || mentions(p.phase().title(), "purpose", "design"));
        if (designFirst) {
            step.strength("time to develop the purpose first");
        } else {
            step.gap("no-design-phase", "There is no phase for developing the purpose before mentoring starts.",
                    "Give the design its own phase at the start, so the purpose and the people it serves shape everything after it.",
                    "timeline:\n  phases:\n    - {id: purpose, title: Develop purpose, aims and objectives, weeks: [8, 12]}");
        }
        long weeks = ChronoUnit.WEEKS.between(mentoring.start(), mentoring.end());
        boolean midpoint = plan.milestones().stream()
                .anyMatch(m -> mentions(m.milestone().id() + " " + m.milestone().title(), "midpoint", "mid-point", "halfway", "half-way"));
        if (midpoint) {
            step.strength("a midpoint review");
        } else if (weeks > 13) {
            step.gap("no-midpoint-review", "The mentoring runs for " + weeks + " weeks with no midpoint review.",
                    "Check in with every pair halfway through, so that a pairing that is not working can be changed in time.",
                    "timeline:\n  milestones:\n    - {id: midpoint, title: Midpoint review, after: " + mentoring.phase().id()
                            + ", offset_weeks: -" + weeks / 2 + "}");
        }
        if (index < plan.phases().size() - 1) {
            step.strength("time to reflect after the meetings");
        } else {
            step.gap("no-reflect-phase", "Nothing is planned after the meetings end.",
                    "Add a phase to reflect, evaluate and plan next steps, so that what was learnt is not lost.",
                    "timeline:\n  phases:\n    - {id: reflect, title: Reflect, evaluate and plan next steps, weeks: 6}");
        }
        return step.build();
    }

    private boolean voluntaryStated() {
        People people = scheme.people();
        List<String> texts = new ArrayList<>();
        if (people != null) {
            for (People.ParticipantGroup group : java.util.Arrays.asList(people.mentors(), people.mentees())) {
                if (group == null) continue;
                texts.add(group.description());
                texts.addAll(group.eligibility());
                texts.addAll(group.expectations());
            }
        }
        if (scheme.recruitment() != null) texts.addAll(scheme.recruitment().channels());
        return texts.stream().anyMatch(t -> mentions(t, VOLUNTARY));
    }

    private LocalDate suggestedConsultationDate() {
        PhasePlan first = plan.phases().isEmpty() ? null : plan.phases().get(0);
        return (first == null ? scheme.scheme().start() : first.start()).plusWeeks(2);
    }

    private PhasePlan phase(String id) {
        return plan.phases().stream().filter(p -> p.phase().id().equals(id)).findFirst().orElse(null);
    }

    /** The {@code mentoring} phase, else the last phase (as the plan schedules meetings); null without phases. */
    PhasePlan mentoringPhase() {
        PhasePlan mentoring = phase("mentoring");
        if (mentoring != null) return mentoring;
        return plan.phases().isEmpty() ? null : plan.phases().get(plan.phases().size() - 1);
    }
}
