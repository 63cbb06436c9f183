package org.flipside.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.model.Matching;
import org.flipside.model.MatchingApproach;
import org.flipside.model.RuleKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PairAssessorTest {

    private static Assessment assess(RuleKind kind, Matching.Question question, boolean required, String a, String b) {
        Matching matching = new Matching(MatchingApproach.ALGORITHMIC, null,
                List.of(Cohorts.prefer(kind, question.id(), 2, required)), 1, List.of(question));
        Person mentor = Cohorts.person(Role.MENTOR, "M", "m@x.org", "", "", a.isEmpty() ? Map.of() : Map.of(question.id(), List.of(a.split(";"))));
        Person mentee = Cohorts.person(Role.MENTEE, "E", "e@x.org", "", "", b.isEmpty() ? Map.of() : Map.of(question.id(), List.of(b.split(";"))));
        return new PairAssessor(matching, ReportingLines.none(), Set.of()).assess(mentor, mentee);
    }

    @ParameterizedTest(name = "{0} {1}: {2} vs {3} = {4}")
    @CsvSource(delimiter = '|', value = {
            "PREFER_SHARED_ANSWERS    | topics        | Wellbeing;Belonging | Belonging;Recruitment;Wellbeing | 1.3333333",
            "PREFER_SHARED_ANSWERS    | topics        | Wellbeing           | Belonging                       | 0",
            "PREFER_DIFFERENT_ANSWERS | topics        | Wellbeing;Belonging | Belonging                       | 1",
            "PREFER_SHARED_ANSWERS    | practice-area | Corporate           | Corporate                       | 2",
            "PREFER_DIFFERENT_ANSWERS | practice-area | Corporate           | Disputes                        | 2",
            "PREFER_DIFFERENT_ANSWERS | practice-area | Corporate           | Corporate                       | 0",
            "PREFER_SHARED_ANSWERS    | confidence    | 2                   | 5                               | 0.5",
            "PREFER_SHARED_ANSWERS    | confidence    | 1                   | 5                               | 0",
            "PREFER_DIFFERENT_ANSWERS | confidence    | 1                   | 2                               | 0.5",
            "PREFER_SHARED_ANSWERS    | topics        | ''                  | Belonging                       | 0"})
    void scoresWeightTimesOverlap(RuleKind kind, String questionId, String a, String b, double expected) {
        Matching.Question question = Cohorts.full(1).questions().stream().filter(q -> q.id().equals(questionId)).findFirst().orElseThrow();
        Assessment assessment = assess(kind, question, false, a, b);
        assertEquals(expected, assessment.score(), 1e-6);
        assertTrue(assessment.allowed());
    }

    @ParameterizedTest(name = "{0} vs {1}: allowed {2}")
    @CsvSource(delimiter = '|', value = {
            "Lunchtime;Early morning | Lunchtime      | true",
            "Lunchtime               | Late afternoon | false",
            "''                      | Lunchtime      | false"})
    void aRequiredRuleNeedsOneSharedAnswer(String a, String b, boolean allowed) {
        Assessment assessment = assess(RuleKind.PREFER_SHARED_ANSWERS, Cohorts.TIMES_Q, true, a, b);
        assertEquals(allowed, assessment.allowed());
        if (!allowed) {
            assertEquals(List.of(new Assessment.Broken(Constraint.NO_SHARED_REQUIRED_ANSWER, "availability")), assessment.broken());
        }
    }
}
