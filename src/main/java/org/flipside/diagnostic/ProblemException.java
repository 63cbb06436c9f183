package org.flipside.diagnostic;

import java.util.List;

/**
 * Thrown by a stage when the user's input cannot be used. Carries every problem found, in the order
 * they were found, so that one run reports them all. The CLI turns it into exit code 1.
 */
public class ProblemException extends Exception {

    private final List<Problem> problems;

    public ProblemException(List<Problem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("a ProblemException needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    public ProblemException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem, errors and any warnings found with them, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    private static String summary(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problem p : problems) {
            if (text.length() > 0) text.append('\n');
            text.append(p);
        }
        return text.toString();
    }
}
