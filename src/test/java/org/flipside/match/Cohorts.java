package org.flipside.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flipside.model.Audience;
import org.flipside.model.Matching;
import org.flipside.model.MatchingApproach;
import org.flipside.model.QuestionType;
import org.flipside.model.RuleKind;

/** Hand-made matching rules and seeded random cohorts for the tests. */
final class Cohorts {

    static final List<String> TOPICS = List.of("Recruitment", "Supervision", "Wellbeing", "Progression", "Belonging");
    static final List<String> AREAS = List.of("Corporate", "Disputes", "Real Estate");
    static final List<String> TIMES = List.of("Early morning", "Lunchtime", "Late afternoon");

    static final Matching.Question TOPICS_Q = new Matching.Question("topics", "Which themes would you most like to explore?",
            QuestionType.MULTI_CHOICE, TOPICS, Audience.BOTH, true, false);
    static final Matching.Question AREA_Q = new Matching.Question("practice-area", "Which practice area do you work in?",
            QuestionType.SINGLE_CHOICE, AREAS, Audience.BOTH, false, false);
    static final Matching.Question TIMES_Q = new Matching.Question("availability", "When can you usually meet?",
            QuestionType.MULTI_CHOICE, TIMES, Audience.BOTH, false, false);
    static final Matching.Question CONFIDENCE_Q = new Matching.Question("confidence", "How confident do you feel?",
            QuestionType.SCALE, List.of(), Audience.BOTH, false, false);
    static final Matching.Question IDENTITY_Q = new Matching.Question("identity",
            "Is there anything about your identity you would like to share?", QuestionType.LONG_TEXT, List.of(),
            Audience.MENTOR, false, true);
    static final Matching.Question FAITH_Q = new Matching.Question("faith", "Which faith, if any, do you practise?",
            QuestionType.SINGLE_CHOICE, List.of("None", "Christian", "Muslim", "Jewish", "Hindu", "Sikh", "Other"),
            Audience.BOTH, false, true);

    private Cohorts() {}

    static Matching.Rule never(RuleKind kind) {
        return new Matching.Rule(kind, null, 1, false);
    }

    static Matching.Rule prefer(RuleKind kind, String question, int weight, boolean required) {
        return new Matching.Rule(kind, question, weight, required);
    }

    /** Every kind of rule: the three constraints, shared and different answers, a required availability. */
    static Matching full(int capacity) {
        return new Matching(MatchingApproach.HYBRID, "An independent coordinator", List.of(
                never(RuleKind.NEVER_SAME_REPORTING_LINE),
                never(RuleKind.NEVER_SAME_TEAM),
                never(RuleKind.NEVER_PREVIOUS_PAIR),
                prefer(RuleKind.PREFER_SHARED_ANSWERS, "topics", 3, false),
                prefer(RuleKind.PREFER_DIFFERENT_ANSWERS, "practice-area", 2, false),
                prefer(RuleKind.PREFER_SHARED_ANSWERS, "availability", 1, true),
                prefer(RuleKind.PREFER_SHARED_ANSWERS, "confidence", 2, false),
                prefer(RuleKind.PREFER_SHARED_ANSWERS, "faith", 1, false)),
                capacity, List.of(TOPICS_Q, AREA_Q, TIMES_Q, CONFIDENCE_Q, IDENTITY_Q, FAITH_Q));
    }

    static Person person(Role role, String name, String email, String team, String manager, Map<String, List<String>> answers) {
        return new Person(role, name, email, team, manager, Set.of(), answers, 2);
    }

    /** A random cohort; managers are drawn from the cohort and from outside it, with some loops. */
    static List<Person> random(Random random, int mentors, int mentees) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < mentors; i++) emails.add("mentor" + i + "@example.org");
        for (int j = 0; j < mentees; j++) emails.add("mentee" + j + "@example.org");
        List<Person> people = new ArrayList<>();
        for (int k = 0; k < emails.size(); k++) {
            Role role = k < mentors ? Role.MENTOR : Role.MENTEE;
            String manager = switch (random.nextInt(4)) {
                case 0 -> "";
                case 1 -> "boss" + random.nextInt(3) + "@example.org";
                default -> emails.get(random.nextInt(emails.size()));
            };
            if (manager.equals(emails.get(k))) manager = "";
            Set<String> previous = new HashSet<>();
            if (random.nextInt(4) == 0) previous.add(emails.get(random.nextInt(emails.size())));
            Map<String, List<String>> answers = new HashMap<>();
            answers.put("topics", pick(random, TOPICS));
            if (random.nextInt(5) > 0) answers.put("practice-area", List.of(AREAS.get(random.nextInt(AREAS.size()))));
            answers.put("availability", pick(random, TIMES));
            if (random.nextInt(5) > 0) answers.put("confidence", List.of(String.valueOf(1 + random.nextInt(5))));
            if (random.nextBoolean()) answers.put("faith", List.of(FAITH_Q.options().get(random.nextInt(7))));
            if (role == Role.MENTOR && random.nextBoolean()) answers.put("identity", List.of("Secret story " + k));
            people.add(new Person(role, "Person " + k, emails.get(k), "team" + random.nextInt(4), manager, previous,
                    answers, k + 2));
        }
        return people;
    }

    static List<String> pick(Random random, List<String> options) {
        List<String> chosen = new ArrayList<>();
        for (String option : options) if (random.nextInt(3) == 0) chosen.add(option);
        if (chosen.isEmpty()) chosen.add(options.get(random.nextInt(options.size())));
        return chosen;
    }
}
