package org.flipside.match;

import java.util.List;
import org.flipside.model.Matching.Question;
import org.flipside.model.Matching.Rule;

/**
 * How one mentor and one mentee fit: the constraints that rule them out, and what each {@code prefer} rule
 * adds to their score.
 *
 * @param broken empty when the pair is allowed
 * @param parts  one per {@code prefer} rule, in the order of {@code matching.rules}
 * @param score  the sum of the parts' points (also computed for pairs that are not allowed)
 */
public record Assessment(Person mentor, Person mentee, List<Broken> broken, List<Part> parts, double score) {

    /** A constraint that rules the pair out; {@code question} is set for a required-answer rule. */
    public record Broken(Constraint constraint, String question) {}

    /**
     * What one rule adds.
     *
     * @param similarity 0..1, or NaN when either person left the question unanswered
     * @param points     {@code weight × overlap}, where overlap is the similarity for {@code shared_answers} and
     *                   1 − similarity for {@code different_answers}; 0 when unanswered
     */
    public record Part(Rule rule, Question question, double similarity, double points) {

        public boolean answered() {
            return !Double.isNaN(similarity);
        }
    }

    public boolean allowed() {
        return broken.isEmpty();
    }
}
