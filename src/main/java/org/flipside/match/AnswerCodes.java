package org.flipside.match;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.flipside.model.Matching.Question;
import org.flipside.model.QuestionType;

/**
 * Each person's answers to the scored questions as numbers, worked out once per person rather than once per pair:
 * a bit per chosen option for choice questions, the value for a scale. Comparing two people is then a few
 * machine operations, which keeps a 500 × 500 cohort (250,000 pairs) fast.
 */
final class AnswerCodes {

    /** No answer, or an answer that cannot be coded (more than 63 options, or not one of them). */
    static final long NONE = 0;

    private final List<Question> questions;
    private final Map<Person, long[]> codes = new IdentityHashMap<>();

    AnswerCodes(List<Question> questions) {
        this.questions = questions;
    }

    /** The codes of {@code person}'s answers, in the order of the questions given to the constructor. */
    long[] of(Person person) {
        return codes.computeIfAbsent(person, this::encode);
    }

    private long[] encode(Person person) {
        long[] result = new long[questions.size()];
        for (int k = 0; k < questions.size(); k++) result[k] = encode(questions.get(k), person.answer(questions.get(k).id()));
        return result;
    }

    private static long encode(Question question, List<String> answer) {
        if (answer.isEmpty()) return NONE;
        if (question.type() == QuestionType.SCALE) {
            try {
                return Long.parseLong(answer.get(0).strip());
            } catch (NumberFormatException e) {
                return NONE;
            }
        }
        if (question.options().size() > 63) return NONE;
        long mask = 0;
        for (String value : answer) {
            int index = question.options().indexOf(value);
            if (index < 0) return NONE;
            mask |= 1L << index;
        }
        return mask;
    }

    /** Whether both coded answers share at least one option (or, for a scale, the same value). */
    static boolean share(QuestionType type, long a, long b) {
        if (a == NONE || b == NONE) return false;
        return type == QuestionType.SCALE ? a == b : (a & b) != 0;
    }

    /** As {@link Similarity#of}, from codes: NaN when either is {@link #NONE} or the question is free text. */
    static double similarity(QuestionType type, long a, long b) {
        if (a == NONE || b == NONE) return Double.NaN;
        return switch (type) {
            case MULTI_CHOICE -> (double) Long.bitCount(a & b) / Long.bitCount(a | b);
            case SINGLE_CHOICE -> a == b ? 1 : 0;
            case SCALE -> 1 - Math.abs(a - b) / 4.0;
            case TEXT, LONG_TEXT -> Double.NaN;
        };
    }
}
