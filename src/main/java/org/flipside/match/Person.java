package org.flipside.match;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of the responses file.
 *
 * @param email            lower case, trimmed; unique in a cohort
 * @param team             empty when not given
 * @param lineManager      lower-case email, empty when not given
 * @param previousPartners lower-case emails of people this person was paired with before
 * @param answers          by question id; choice answers use the option's spelling from scheme.yml; a question
 *                         with no answer has no entry
 * @param row              the row in the responses file (the header is row 1), for messages
 */
public record Person(Role role, String name, String email, String team, String lineManager,
                     Set<String> previousPartners, Map<String, List<String>> answers, int row) {

    public Person {
        previousPartners = Set.copyOf(previousPartners);
        answers = Map.copyOf(answers);
    }

    /** The answers to {@code questionId}; empty when not answered. */
    public List<String> answer(String questionId) {
        return answers.getOrDefault(questionId, List.of());
    }

    /** {@code Ada Lovelace <ada@example.org>}. */
    public String label() {
        return name + " <" + email + ">";
    }
}
