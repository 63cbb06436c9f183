package org.flipside.site;

import java.util.List;
import java.util.Map;
import org.flipside.model.Audience;
import org.flipside.model.MatchingApproach;
import org.flipside.model.Matching.Question;
import org.flipside.model.Matching.Rule;
import org.flipside.model.YamlEnum;

/** The plain-English words the handbook uses for the scheme's coded values. */
final class Words {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("reverse", "Reverse mentoring: a junior colleague mentors a senior one"),
            Map.entry("reciprocal", "Reciprocal mentoring: both people mentor each other"),
            Map.entry("manual", "Matched by hand"),
            Map.entry("algorithmic", "Matched by a transparent set of rules"),
            Map.entry("hybrid", "Rules suggest pairs; a person checks every match"),
            Map.entry("in_person", "in person"), Map.entry("online", "online"), Map.entry("phone", "by phone"),
            Map.entry("hybrid_format", "hybrid"),
            Map.entry("per_pair", "One buddy for each pair"),
            Map.entry("pool", "A pool of buddies anyone can call on"),
            Map.entry("group", "Group buddy sessions"),
            Map.entry("roundtable", "Roundtable"), Map.entry("survey", "Survey"),
            Map.entry("focus_group", "Focus group"), Map.entry("interview", "Interview"), Map.entry("other", "Other"),
            Map.entry("diary", "Reflective diary"), Map.entry("log", "Log"),
            Map.entry("reaction", "Reaction"), Map.entry("learning", "Learning"),
            Map.entry("behaviour", "Behaviour"), Map.entry("results", "Results"), Map.entry("process", "Process"),
            Map.entry("baseline", "at the start"), Map.entry("midpoint", "at the midpoint"),
            Map.entry("final", "at the end"), Map.entry("follow_up", "at a later follow-up"),
            Map.entry("consent", "your consent"),
            Map.entry("legitimate_interests", "the organisation's legitimate interests"),
            Map.entry("text", "Short answer"), Map.entry("long_text", "Longer answer"),
            Map.entry("single_choice", "Choose one"), Map.entry("multi_choice", "Choose any that apply"),
            Map.entry("scale", "A scale from 1 to 5"),
            Map.entry("mentor", "the mentor"), Map.entry("mentee", "the mentee"), Map.entry("shared", "both together"),
            Map.entry("scheme_lead", "the scheme lead"), Map.entry("sponsor", "the sponsor"),
            Map.entry("buddy", "the support buddy"),
            Map.entry("all", "Everyone"), Map.entry("mentors", "Mentors"), Map.entry("mentees", "Mentees"),
            Map.entry("buddies", "Support buddies"), Map.entry("participants", "participants"),
            Map.entry("kirkpatrick", "Kirkpatrick's four levels (reaction, learning, behaviour, results)"),
            Map.entry("custom", "A framework designed for this scheme"));

    private Words() {}

    /** The words for a coded value; the value itself, with underscores as spaces, when no words are known. */
    static String of(String key) {
        if (key == null) return null;
        String w = WORDS.get(key);
        return w != null ? w : key.replace('_', ' ');
    }

    static String of(YamlEnum value) {
        if (value == null) return null;
        if (value instanceof org.flipside.model.MeetingFormat && value.key().equals("hybrid")) return "hybrid";
        return of(value.key());
    }

    static String audience(Audience a) {
        if (a == null) return "Mentors and mentees";
        return switch (a) {
            case MENTOR -> "Mentors";
            case MENTEE -> "Mentees";
            case BOTH -> "Mentors and mentees";
        };
    }

    static String approach(MatchingApproach a) {
        return a == null ? null : of(a.key());
    }

    /**
     * A matching rule in plain words. A rule about a sensitive question never names it: the question is
     * described as one only the matcher sees.
     */
    static String rule(Rule rule, List<Question> questions) {
        String q = "one of the questions";
        for (Question question : questions) {
            if (question.id().equals(rule.question())) {
                q = question.sensitive() ? "a confidential question only the matcher sees"
                        : "\u201c" + question.text() + "\u201d";
            }
        }
        String weight = rule.weight() > 1 ? " (weight " + rule.weight() + " out of 10)" : "";
        return switch (rule.kind()) {
            case NEVER_SAME_REPORTING_LINE -> "A mentor and mentee are never in the same reporting line.";
            case NEVER_SAME_TEAM -> "A mentor and mentee never work in the same team.";
            case NEVER_PREVIOUS_PAIR -> "People who have been paired before are not paired again.";
            case PREFER_SHARED_ANSWERS -> rule.required()
                    ? "A pair must share at least one answer to " + q + weight + "."
                    : "We prefer pairs who gave the same answers to " + q + weight + ".";
            case PREFER_DIFFERENT_ANSWERS -> rule.required()
                    ? "A pair must give different answers to " + q + weight + "."
                    : "We prefer pairs who gave different answers to " + q + weight + ".";
        };
    }
}
