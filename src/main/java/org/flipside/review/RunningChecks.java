package org.flipside.review;

import static org.flipside.review.StepBuilder.count;
import static org.flipside.review.StepBuilder.mentions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flipside.model.AgendaOwner;
import org.flipside.model.Agreement;
import org.flipside.model.Diary;
import org.flipside.model.Meetings;
import org.flipside.model.People;
import org.flipside.model.Scheme;
import org.flipside.model.Support;
import org.flipside.model.Theme;
import org.flipside.plan.EventPlan;
import org.flipside.plan.MeetingPlan;
import org.flipside.plan.PhasePlan;
import org.flipside.plan.Plan;

/** The steps that keep a running scheme safe and lively: safeguarding, support, meetings, community, reflection. */
final class RunningChecks {

    static final Set<String> SAFEGUARDING_CLAUSES = Set.of("confidentiality", "confidentiality_limits", "no_assessment",
            "wellbeing_signposting", "escalation", "no_fault_exit");
    /** More than this many hours a month is a lot to ask of a trainee on top of their work. */
    static final int MAX_HOURS_PER_MONTH = 4;
    /** A stated commitment more than this many times what the meetings take is out of line with them. */
    static final int COMMITMENT_MARGIN = 3;

    private final Plan plan;
    private final Scheme scheme;
    private final PhasePlan mentoring;

    RunningChecks(Plan plan, PhasePlan mentoring) {
        this.plan = plan;
        this.scheme = plan.scheme();
        this.mentoring = mentoring;
    }

    StepReview safeguarding() {
        StepBuilder step = new StepBuilder("safeguarding", "Safeguarding",
                "Mentors make themselves vulnerable; confidentiality with clear limits, up-to-date signposting and a way to escalate protect them.");
        Agreement agreement = scheme.agreement();
        List<String> present = agreement == null ? List.of() : agreement.clauses().stream().map(Agreement.Clause::id).toList();
        List<String> absent = SAFEGUARDING_CLAUSES.stream().filter(id -> !present.contains(id)).sorted().toList();
        if (absent.isEmpty()) {
            step.strength("all six safeguarding clauses in the agreement");
        } else {
            step.gap("safeguarding-clause-missing", "The agreement lacks " + String.join(", ", absent) + ".",
                    "Keep every safeguarding clause; you may reword them to suit your organisation.", null);
        }
        List<Support.Signpost> signposts = scheme.support() == null ? List.of() : scheme.support().signposting();
        LocalDate yearAgo = plan.buildDate().minusMonths(12);
        List<String> stale = new ArrayList<>();
        for (Support.Signpost s : signposts) {
            if (s.checked() == null || s.checked().isBefore(yearAgo)) stale.add(s.name());
        }
        if (signposts.isEmpty()) {
            step.gap("no-signposting", "No wellbeing support is signposted.",
                    "List at least one source of confidential support, such as LawCare.",
                    "support:\n  signposting:\n    - name: LawCare\n      phone: \"0800 279 6888\"\n      url: https://www.lawcare.org.uk\n"
                            + "      checked: " + plan.buildDate());
        } else if (!stale.isEmpty()) {
            step.gap("signposting-stale", "The details of " + String.join(", ", stale)
                            + " have not been confirmed in the last twelve months.",
                    "People in distress will rely on these numbers: ring or visit each one, then record today's date.",
                    "support:\n  signposting:\n    - name: " + stale.get(0) + "\n      checked: " + plan.buildDate());
        } else {
            step.strength(count(signposts.size(), "support contact", "support contacts") + " checked within the last year");
        }
        int routes = scheme.support() == null ? 0 : scheme.support().escalation().size();
        if (routes == 0) {
            step.gap("no-escalation", "There is no route for raising a concern.",
                    "Say who to go to if someone is at risk, upset, or the pairing is not working.",
                    "support:\n  escalation:\n    - {concern: A safeguarding or wellbeing risk, contact: Scheme lead or HR}\n"
                            + "    - {concern: The pairing is not working, contact: Scheme lead}");
        } else {
            step.strength(count(routes, "escalation route", "escalation routes"));
        }
        return step.build();
    }

    StepReview support() {
        StepBuilder step = new StepBuilder("support", "Support for mentors",
                "Mentors carry much of the emotional weight; a buddy, some preparation and a realistic time commitment keep it sustainable.");
        People people = scheme.people();
        People.Buddies buddies = people == null ? null : people.buddies();
        People.Commitment commitment = people == null || people.mentors() == null ? null : people.mentors().commitment();
        boolean hasBuddies = buddies != null && (buddies.model() != null || buddies.description() != null || !buddies.remit().isEmpty());
        String buddyYaml = "people:\n  buddies:\n    model: per_pair\n    description: Trained colleagues outside the mentor's team\n"
                + "    remit: [Debrief after meetings, Signpost support, Escalate concerns]";
        if (!hasBuddies && (commitment == null || commitment.hoursPerMonth() == null)) {
            return step.missing("no-mentor-support", "Mentors have no support buddy and no stated time commitment.",
                    "Give each mentor a buddy outside their team, and tell them how much time the scheme asks for.", buddyYaml).build();
        }
        if (hasBuddies) {
            step.strength("support buddies" + (buddies.model() == null ? "" : " (" + buddies.model().key().replace('_', ' ') + ")"));
        } else {
            step.gap("no-buddies", "Mentors have no support buddy.",
                    "A trained colleague outside the mentor's team gives them somewhere private to debrief after meetings.", buddyYaml);
        }
        if (trainingMentioned(buddies)) {
            step.strength("training or a briefing");
        } else {
            step.gap("no-training", "Nothing says that mentors or buddies are trained or briefed.",
                    "Offer a short briefing for mentors and buddies before the first meeting, and put it in the plan.",
                    "community:\n  events:\n    - {title: Briefing for mentors and buddies, after: launch, audience: all}");
        }
        if (commitment == null || commitment.hoursPerMonth() == null) {
            step.gap("commitment-not-stated", "The mentors' time commitment is not stated.",
                    "Say how many hours a month the scheme asks of mentors, so that they and their supervisors can plan for it.",
                    "people:\n  mentors:\n    commitment: {hours_per_month: 2, months: 6}");
            return step.build();
        }
        int stated = commitment.hoursPerMonth();
        double needed = hoursPerMonthForMeetings(commitment);
        String neededText = String.format(Locale.ROOT, "%.1f", needed).replace(".0", "")
                + (Math.abs(needed - 1) < 0.05 ? " hour a month" : " hours a month");
        if (stated > MAX_HOURS_PER_MONTH) {
            step.gap("commitment-heavy", "Mentors are asked for " + stated + " hours a month.",
                    "That is a lot on top of a trainee's workload; " + MAX_HOURS_PER_MONTH + " hours or fewer is more realistic.",
                    "people:\n  mentors:\n    commitment: {hours_per_month: " + Math.max(2, (int) Math.ceil(needed * 2)) + "}");
        }
        if (needed > 0 && stated < needed) {
            step.gap("commitment-mismatch", "Mentors are asked for " + stated + " hours a month, but the meetings alone take about "
                            + neededText + ".",
                    "State a commitment that covers the meetings plus some time to prepare and debrief.",
                    "people:\n  mentors:\n    commitment: {hours_per_month: " + (int) Math.ceil(needed * 2) + "}");
        } else if (needed > 0 && stated > COMMITMENT_MARGIN * needed) {
            step.gap("commitment-mismatch", "Mentors are asked for " + stated + " hours a month, but the meetings take about "
                            + neededText + ".",
                    "Either the commitment overstates the time (which may put people off) or something else fills it; say what it is for.",
                    "people:\n  mentors:\n    commitment: {hours_per_month: " + Math.max(1, (int) Math.ceil(needed * 2)) + "}");
        } else {
            step.strength(stated + " hours a month, in line with the meetings");
        }
        return step.build();
    }

    /** The meetings' hours spread over the months of the commitment (else the mentoring phase). */
    private double hoursPerMonthForMeetings(People.Commitment commitment) {
        Meetings meetings = scheme.meetings();
        if (meetings == null || meetings.count() == 0) return 0;
        double hours = meetings.count() * meetings.minutes() / 60.0;
        double months = commitment.months() != null && commitment.months() > 0 ? commitment.months()
                : mentoring == null ? 6 : Math.max(1, ChronoUnit.DAYS.between(mentoring.start(), mentoring.end()) / 30.44);
        return hours / months;
    }

    private boolean trainingMentioned(People.Buddies buddies) {
        List<String> texts = new ArrayList<>();
        if (buddies != null) {
            texts.add(buddies.description());
            texts.addAll(buddies.remit());
        }
        People people = scheme.people();
        if (people != null && people.mentors() != null) texts.addAll(people.mentors().expectations());
        scheme.community().events().forEach(e -> texts.add(e.title()));
        return texts.stream().anyMatch(t -> mentions(t, "train", "briefing", "induction", "workshop"));
    }

    StepReview meetings() {
        StepBuilder step = new StepBuilder("meetings", "Meetings and themes",
                "Regular meetings with a theme and prompts for both people make the early conversations easier and keep the mentor in charge.");
        Meetings meetings = scheme.meetings();
        List<MeetingPlan> planned = plan.meetings();
        if (meetings == null || planned.isEmpty()) {
            return step.missing("no-meetings", "No meetings are planned.",
                    "Plan around six meetings, about four weeks apart.",
                    "meetings:\n  count: 6\n  every_weeks: 4\n  minutes: 60").build();
        }
        step.strength(count(planned.size(), "meeting", "meetings") + " of " + meetings.minutes() + " minutes");
        if (planned.size() < 4) {
            step.gap("few-meetings", "Only " + count(planned.size(), "meeting is", "meetings are") + " planned.",
                    "Trust takes time; four to eight meetings give a pair the chance to move past introductions.",
                    "meetings:\n  count: 6");
        }
        long closest = Long.MAX_VALUE;
        long furthest = 0;
        for (int i = 1; i < planned.size(); i++) {
            long days = ChronoUnit.DAYS.between(planned.get(i - 1).date(), planned.get(i).date());
            closest = Math.min(closest, days);
            furthest = Math.max(furthest, days);
        }
        if (planned.size() > 1 && closest < 14) {
            step.gap("meeting-spacing", "Meetings are only " + count(closest, "day", "days") + " apart.",
                    "Leave at least two weeks between meetings, so that there is time to reflect and act on what was said.",
                    "meetings:\n  every_weeks: 4");
        } else if (planned.size() > 1 && furthest > 56) {
            step.gap("meeting-spacing", "Meetings are " + furthest / 7 + " weeks apart.",
                    "More than eight weeks between meetings lets the relationship cool; every three to six weeks keeps it going.",
                    "meetings:\n  every_weeks: 4");
        } else if (planned.size() > 1) {
            step.strength("every " + count(closest / 7, "week", "weeks"));
        }
        long unthemed = planned.stream().filter(m -> m.theme() == null).count();
        if (unthemed > 0) {
            step.gap("meetings-without-theme", count(unthemed, "meeting has", "meetings have") + " no theme.",
                    "Suggest a theme for every meeting; pairs may always choose their own, but a starting point helps.",
                    "themes:\n  - id: my-theme\n    title: A theme for meeting " + planned.stream().filter(m -> m.theme() == null)
                            .findFirst().map(MeetingPlan::number).orElse(1)
                            + "\n    prompts:\n      mentor: [\"What would you like your mentee to understand?\"]\n"
                            + "      mentee: [\"What do I want to learn?\"]");
        } else {
            step.strength("a theme for every meeting");
        }
        List<String> oneSided = new ArrayList<>();
        for (Theme theme : scheme.themes()) {
            Theme.Prompts p = theme.prompts();
            boolean both = p != null && !p.both().isEmpty();
            boolean mentor = p != null && !p.mentor().isEmpty();
            boolean mentee = p != null && !p.mentee().isEmpty();
            if (!(both || (mentor && mentee))) oneSided.add(theme.id());
        }
        if (!oneSided.isEmpty()) {
            step.gap("prompts-one-sided", "Theme " + String.join(", ", oneSided) + " lacks prompts for "
                            + (oneSided.size() == 1 ? "one of the roles" : "one of the roles in each") + ".",
                    "Give each theme prompts for the mentor and the mentee (or for both), so neither arrives empty-handed.",
                    "themes:\n  - id: " + oneSided.get(0) + "\n    prompts:\n      mentor: [\"...\"]\n      mentee: [\"...\"]");
        } else if (!scheme.themes().isEmpty()) {
            step.strength("prompts for both roles");
        }
        if (meetings.agendaOwner() == AgendaOwner.MENTOR) {
            step.strength("the mentor sets the agenda");
        } else {
            step.gap("mentor-not-leading", "The " + (meetings.agendaOwner() == null ? "agenda has no owner"
                            : meetings.agendaOwner() == AgendaOwner.SHARED ? "agenda is shared" : "mentee sets the agenda") + ".",
                    "In reverse mentoring the mentor leads: letting them set the agenda is what turns the usual hierarchy round.",
                    "meetings:\n  agenda_owner: mentor");
        }
        return step.build();
    }

    StepReview community() {
        StepBuilder step = new StepBuilder("community", "Community",
                "Group events turn separate pairs into a cohort, where mentors can share what they learn and support each other.");
        List<EventPlan> events = plan.events();
        if (events.isEmpty()) {
            return step.missing("no-community-events", "No group events are planned.",
                    "A launch, a mentor circle every couple of months and a celebration at the end are enough to start with.",
                    "community:\n  events:\n    - {title: Launch event, after: launch, audience: all}\n"
                            + "    - {title: Mentor circle, every_weeks: 8, audience: mentors}").build();
        }
        step.strength(count(events.size(), "event date", "event dates"));
        long during = mentoring == null ? 0 : events.stream()
                .filter(e -> !e.date().isBefore(mentoring.start()) && e.date().isBefore(mentoring.end())).count();
        if (during == 0) {
            step.gap("no-community-in-mentoring", "No group event falls during the mentoring phase.",
                    "Bring mentors together while the meetings are happening, when sharing experience helps most.",
                    "community:\n  events:\n    - {title: Mentor circle, every_weeks: 8, audience: mentors}");
        } else {
            step.strength(during + " during the mentoring phase");
        }
        return step.build();
    }

    StepReview reflection() {
        StepBuilder step = new StepBuilder("reflection", "Reflection",
                "Reflection is where learning turns into change; a diary and checkpoints give people a moment to notice it.");
        Diary diary = scheme.diary();
        if (diary == null || (diary.prompts().isEmpty() && diary.checkpoints().isEmpty())) {
            return step.missing("no-diary", "There is no reflective diary.",
                    "Add a few prompts to think about after each meeting, and checkpoints halfway and at the end.",
                    "diary:\n  prompts: [\"What stood out?\", \"How did I feel?\", \"What will I do differently?\"]").build();
        }
        if (diary.prompts().isEmpty()) {
            step.gap("no-diary-prompts", "The diary has no prompts for after each meeting.",
                    "Add two or three short questions to think about after every meeting.",
                    "diary:\n  prompts: [\"What stood out?\", \"How did I feel?\", \"What will I do differently?\"]");
        } else {
            step.strength(count(diary.prompts().size(), "diary prompt", "diary prompts"));
        }
        List<String> checkpoints = diary.checkpoints().stream().map(Diary.Checkpoint::id).toList();
        List<String> lacking = new ArrayList<>();
        for (String id : List.of("midpoint", "final")) if (!checkpoints.contains(id)) lacking.add(id);
        if (lacking.isEmpty()) {
            step.strength("midpoint and final checkpoints");
        } else {
            StringBuilder yaml = new StringBuilder("diary:\n  checkpoints:");
            if (lacking.contains("midpoint")) yaml.append("\n    midpoint: [\"What has changed since we started?\"]");
            if (lacking.contains("final")) yaml.append("\n    final: [\"What will I carry forward?\"]");
            step.gap("checkpoints-missing", "The diary has no " + String.join(" or ", lacking) + " checkpoint.",
                    "Checkpoints ask people to look back over several meetings, which is when patterns show.", yaml.toString());
        }
        return step.build();
    }
}
