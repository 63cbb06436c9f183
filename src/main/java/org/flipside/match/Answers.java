package org.flipside.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Audience;
import org.flipside.model.Matching.Question;
import org.flipside.model.QuestionType;

/** Reads one answer cell against its question: options, multiple choices split on {@code ;}, 1–5 scales. */
final class Answers {

    private Answers() {}

    /**
     * The answer in one cell, with choices spelt as in scheme.yml; empty when blank or wrong, in which case the
     * problem is added to {@code problems}.
     *
     * @param role null when the row's role is itself wrong
     */
    static List<String> parse(Question question, String cell, Role role, Location where, List<Problem> problems) {
        String raw = cell.strip();
        if (raw.isEmpty()) {
            if (question.required() && role != null && asks(question, role)) {
                problems.add(Problem.error(where, "`" + question.id() + "` is required but has no answer",
                        "Ask this person to answer, or mark the question `required: false` in scheme.yml."));
            }
            return List.of();
        }
        return switch (question.type()) {
            case TEXT, LONG_TEXT -> List.of(raw);
            case SCALE -> {
                if (!raw.matches("[1-5]")) {
                    problems.add(Problem.error(where, "`" + raw + "` is not a whole number from 1 to 5 for `"
                            + question.id() + "`", "Write one number from 1 to 5."));
                    yield List.of();
                }
                yield List.of(raw);
            }
            case SINGLE_CHOICE -> {
                String option = option(question, raw);
                if (option == null) {
                    problems.add(notAnOption(where, question, raw));
                    yield List.of();
                }
                yield List.of(option);
            }
            case MULTI_CHOICE -> {
                Set<String> chosen = new LinkedHashSet<>();
                for (String value : choices(question, raw)) {
                    String option = option(question, value);
                    if (option == null) problems.add(notAnOption(where, question, value));
                    else chosen.add(option);
                }
                yield List.copyOf(chosen);
            }
        };
    }

    private static boolean asks(Question question, Role role) {
        return question.audience() == Audience.BOTH
                || (question.audience() == Audience.MENTOR) == (role == Role.MENTOR);
    }

    private static Problem notAnOption(Location where, Question question, String value) {
        return Problem.error(where, "`" + value + "` is not one of the options for `" + question.id() + "`: "
                        + String.join(", ", question.options()),
                question.type() == QuestionType.MULTI_CHOICE
                        ? "Use the options as written in scheme.yml, separated by `;`."
                        : "Use one of the options as written in scheme.yml.");
    }

    private static String option(Question question, String value) {
        for (String option : question.options()) if (option.strip().equalsIgnoreCase(value.strip())) return option;
        return null;
    }

    /**
     * The choices in a multiple-choice cell, separated by {@code ;}. Some form tools (Google Forms) separate them
     * with commas instead: a cell with no {@code ;} whose comma-separated parts are all options is read that way.
     */
    private static List<String> choices(Question question, String cell) {
        if (!cell.contains(";") && cell.contains(",") && option(question, cell) == null) {
            List<String> byComma = split(cell, ",");
            if (byComma.stream().allMatch(value -> option(question, value) != null)) return byComma;
        }
        return split(cell);
    }

    static List<String> split(String cell) {
        return split(cell, ";");
    }

    private static List<String> split(String cell, String separator) {
        List<String> values = new ArrayList<>();
        for (String part : cell.split(separator)) if (!part.isBlank()) values.add(part.strip());
        return values;
    }
}
