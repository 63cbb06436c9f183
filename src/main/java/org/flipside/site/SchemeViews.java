package org.flipside.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.flipside.model.Evaluation.Measure;
import org.flipside.model.Matching;
import org.flipside.model.Matching.Question;
import org.flipside.model.People;
import org.flipside.model.People.ParticipantGroup;
import org.flipside.model.People.Person;
import org.flipside.model.Privacy;
import org.flipside.model.Purpose;
import org.flipside.model.Scheme;
import org.flipside.plan.MeetingPlan;
import org.flipside.plan.MilestonePlan;
import org.flipside.plan.Plan;

/** Views of who the scheme is for and why: home, purpose, people, matching and privacy. */
final class SchemeViews {

    private SchemeViews() {}

    static Map<String, Object> home(Chapters ch, Chapters.Sections sections) {
        Plan plan = ch.plan();
        Scheme s = plan.scheme();
        sections.add("purpose", "Why we are doing this").add("objectives", "Aims and objectives")
                .add("key-dates", "Key dates").add("start-here", "Where to start");
        List<Object> links = new ArrayList<>();
        addLink(links, ch.href("themes", null), "Meeting themes", "Prompts for every meeting");
        addLink(links, ch.href("timeline", null), "Timeline", "Every phase, meeting and event");
        addLink(links, ch.href("agreement", null), "The agreement", "What mentor and mentee agree");
        addLink(links, ch.href("downloads", null), "Downloads", "Printable packs and forms");
        return View.map(
                "model", Words.of(s.scheme().model()),
                "summary", View.text(s.scheme().summary()),
                "problem", View.text(s.purpose().problem()),
                "aims", s.purpose().aims(),
                "objectives", objectives(ch, s.purpose()),
                "sponsor", person(s.people().sponsor()),
                "lead", person(s.people().schemeLead()),
                "keyDates", keyDates(plan),
                "links", links);
    }

    private static void addLink(List<Object> links, String href, String title, String text) {
        if (href != null) links.add(View.map("href", href, "title", title, "text", text));
    }

    static List<Object> objectives(Chapters ch, Purpose purpose) {
        List<Measure> measures = ch.plan().scheme().evaluation().measures();
        return View.list(purpose.objectives(), o -> View.map("id", View.anchor("objective", o.id()),
                "text", o.text(),
                "measures", View.list(o.measures(), id -> View.map(
                        "title", measures.stream().filter(m -> m.id().equals(id)).map(Measure::title).findFirst()
                                .orElse(id),
                        "href", ch.href("evaluation", View.anchor("measure", id))))));
    }

    static Map<String, Object> person(Person p) {
        if (p == null) return null;
        String email = View.text(p.email());
        return View.map("name", p.name(), "role", View.text(p.role()), "email", email,
                "mailto", email == null ? null : "mailto:" + email);
    }

    static List<Object> keyDates(Plan plan) {
        record Dated(LocalDate date, String label) {}
        List<Dated> dates = new ArrayList<>();
        if (plan.recruitment() != null) {
            dates.add(new Dated(plan.recruitment().start(), "Recruitment opens"));
            dates.add(new Dated(plan.recruitment().end(), "Recruitment closes"));
        }
        if (!plan.meetings().isEmpty()) {
            MeetingPlan first = plan.meetings().get(0);
            MeetingPlan last = plan.meetings().get(plan.meetings().size() - 1);
            dates.add(new Dated(first.date(), "First meeting"));
            if (last != first) dates.add(new Dated(last.date(), "Last meeting"));
        }
        for (MilestonePlan m : plan.milestones()) dates.add(new Dated(m.date(), m.milestone().title()));
        LocalDate feedback = plan.scheme().nextSteps().feedbackSession();
        if (feedback != null) dates.add(new Dated(feedback, "Feedback session"));
        if (plan.end() != null) dates.add(new Dated(View.lastDay(plan), "The scheme ends"));
        dates.sort(Comparator.comparing(Dated::date).thenComparing(Dated::label));
        return View.list(dates, d -> View.map("date", View.date(d.date()), "label", d.label()));
    }

    static Map<String, Object> purpose(Chapters ch, Chapters.Sections sections) {
        Scheme s = ch.plan().scheme();
        Purpose p = s.purpose();
        sections.add("problem", "The problem we want to solve").add("aims", "Aims").add("objectives", "Objectives");
        if (!p.strategyLinks().isEmpty()) sections.add("strategy", "How this fits our strategy");
        if (!p.outOfScope().isEmpty()) sections.add("out-of-scope", "What this scheme is not for");
        boolean voices = !s.voices().consultations().isEmpty() || !s.voices().steeringGroup().isEmpty();
        if (voices) sections.add("voices", "Who shaped the scheme");
        return View.map("problem", View.text(p.problem()), "aims", p.aims(), "objectives", objectives(ch, p),
                "strategyLinks", p.strategyLinks(), "outOfScope", p.outOfScope(),
                "consultations", View.list(s.voices().consultations(), c -> View.map(
                        "method", Words.of(c.method()), "with", View.joinWords(c.with()),
                        "date", View.date(c.date()), "summary", View.text(c.summary()))),
                "steeringGroup", View.list(s.voices().steeringGroup(), m -> View.map(
                        "role", m.role(), "represents", View.text(m.represents()))));
    }

    static Map<String, Object> people(Chapters ch, Chapters.Sections sections) {
        People p = ch.plan().scheme().people();
        if (p.schemeLead() != null || p.sponsor() != null) sections.add("leads", "Who leads the scheme");
        sections.add("mentors", "Mentors").add("mentees", "Mentees");
        if (p.buddies() != null) sections.add("buddies", "Support buddies");
        if (!p.partners().isEmpty()) sections.add("partners", "Partners");
        return View.map("lead", person(p.schemeLead()), "sponsor", person(p.sponsor()),
                "mentors", group(p.mentors()), "mentees", group(p.mentees()),
                "buddies", p.buddies() == null ? null : View.map("model", Words.of(p.buddies().model()),
                        "description", View.text(p.buddies().description()), "remit", p.buddies().remit()),
                "partners", View.list(p.partners(), pt -> View.map("name", pt.name(), "type", View.text(pt.type()),
                        "role", View.text(pt.role()))),
                "modelWords", Words.of(ch.plan().scheme().scheme().model()));
    }

    private static Map<String, Object> group(ParticipantGroup g) {
        if (g == null) return View.map();
        String commitment = null;
        if (g.commitment() != null) {
            List<String> parts = new ArrayList<>();
            if (g.commitment().hoursPerMonth() != null) {
                parts.add("about " + View.count(g.commitment().hoursPerMonth(), "hour", "hours") + " a month");
            }
            if (g.commitment().months() != null) parts.add("for " + View.count(g.commitment().months(), "month", "months"));
            commitment = parts.isEmpty() ? null : View.sentence(String.join(" ", parts)) + ".";
        }
        return View.map("description", View.text(g.description()), "eligibility", g.eligibility(),
                "expectations", g.expectations(), "commitment", commitment);
    }

    static Map<String, Object> matching(Chapters ch, Chapters.Sections sections) {
        Plan plan = ch.plan();
        Matching m = plan.scheme().matching();
        List<Question> open = m.questions().stream().filter(q -> !q.sensitive()).toList();
        boolean confidential = m.questions().stream().anyMatch(Question::sensitive);
        if (plan.recruitment() != null) sections.add("recruitment", "Signing up");
        sections.add("approach", "How pairs are made");
        if (!m.rules().isEmpty()) sections.add("rules", "The matching rules");
        sections.add("questionnaire", "The questionnaire");
        var recruitment = plan.scheme().recruitment();
        return View.map(
                "recruitment", plan.recruitment() == null ? null : View.map(
                        "opens", View.date(plan.recruitment().start()), "closes", View.date(plan.recruitment().end()),
                        "channels", recruitment == null ? List.of() : recruitment.channels()),
                "approach", Words.approach(m.approach()), "matcher", View.text(m.matcher()),
                "capacity", m.capacity() > 1 ? "Each mentor may be matched with up to " + m.capacity() + " mentees." : null,
                "rules", View.list(m.rules(), r -> Words.rule(r, m.questions())),
                "questions", View.list(open, q -> View.map("number", open.indexOf(q) + 1, "text", q.text(),
                        "type", Words.of(q.type()), "options", q.options(), "audience", Words.audience(q.audience()),
                        "required", q.required())),
                "confidential", confidential,
                "privacyHref", ch.href("privacy", null));
    }

    static Map<String, Object> privacy(Chapters ch, Chapters.Sections sections) {
        Scheme s = ch.plan().scheme();
        Privacy p = s.privacy();
        boolean confidential = s.matching().questions().stream().anyMatch(Question::sensitive);
        sections.add("responsible", "Who is responsible").add("collected", "What we collect")
                .add("who-sees", "Who sees what").add("how-long", "How long we keep it").add("rights", "Your rights");
        List<String> collected = new ArrayList<>();
        collected.add("Your name, role, team and contact details, so that we can match you and arrange meetings.");
        collected.add("Your answers to the matching questionnaire.");
        collected.add("Your answers to the evaluation surveys, reported only for groups of "
                + s.evaluation().reporting().minGroupSize() + " people or more.");
        collected.add("Your reflective diary stays with you: nobody else reads it unless you choose to share it.");
        String matcher = View.text(s.matching().matcher());
        return View.map("controller", View.text(p.controller()), "contact", View.text(p.contact()),
                "contactHref", p.contact() != null && p.contact().contains("@") ? "mailto:" + p.contact().strip() : null,
                "retention", View.count(p.retentionMonths(), "month", "months"),
                "lawfulBasis", Words.of(p.lawfulBasis()), "collected", collected,
                "confidential", confidential, "matcher", matcher,
                "minGroupSize", s.evaluation().reporting().minGroupSize());
    }
}
