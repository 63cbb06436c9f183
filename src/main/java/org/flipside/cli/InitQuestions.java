package org.flipside.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;

/**
 * Asks for what {@code init} needs on a terminal, one question at a time, with the default in brackets:
 * Enter keeps it, a value that breaks a rule is explained and asked again. The end of input keeps the
 * defaults for the rest.
 */
final class InitQuestions {

    private final BufferedReader in;
    private final PrintWriter out;

    InitQuestions(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    /** Asks only for the values given as null; the others are kept. */
    InitAnswers ask(String organisation, String schemeName, LocalDate start, String primary, LocalDate today) throws IOException {
        out.println("Creating a new scheme. Press Enter to keep the suggestion in [brackets].");
        String org = organisation != null ? organisation
                : askName("Organisation name", "organisation name", InitAnswers.DEFAULT_ORGANISATION);
        String name = schemeName != null ? schemeName
                : askName("Scheme name", "scheme name", InitAnswers.defaultSchemeName(org));
        LocalDate first = start;
        while (first == null) {
            String answer = line("Start date, YYYY-MM-DD (the first day of planning)", InitAnswers.defaultStart(today).toString());
            try {
                first = InitAnswers.date(answer);
            } catch (InitAnswers.InvalidAnswer e) {
                out.println("  " + e.getMessage());
            }
        }
        String colour = primary;
        while (colour == null) {
            String answer = line("Primary colour, #rrggbb", InitAnswers.DEFAULT_PRIMARY);
            try {
                colour = InitAnswers.colour(answer);
            } catch (InitAnswers.InvalidAnswer e) {
                out.println("  " + e.getMessage());
            }
        }
        return new InitAnswers(org, name, first, colour);
    }

    private String askName(String question, String what, String suggestion) throws IOException {
        while (true) {
            try {
                return InitAnswers.name(what, line(question, suggestion));
            } catch (InitAnswers.InvalidAnswer e) {
                out.println("  " + e.getMessage());
            }
        }
    }

    /** The answer, or the suggestion for an empty line or the end of input. */
    private String line(String question, String suggestion) throws IOException {
        out.print(question + " [" + suggestion + "]: ");
        out.flush();
        String answer = in.readLine();
        if (answer == null) {
            out.println();
            return suggestion;
        }
        return answer.isBlank() ? suggestion : answer;
    }
}
