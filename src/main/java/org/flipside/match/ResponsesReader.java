package org.flipside.match;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.model.Matching;
import org.flipside.model.Matching.Question;

/**
 * Reads the questionnaire responses a form tool exported, checking every row against the scheme's questions.
 * Reports every problem at once, each at {@code responses.csv:ROW:COLUMN} as a spreadsheet counts them.
 */
public final class ResponsesReader {

    /** The columns about the person rather than a question, by their normalised heading. */
    enum PersonColumn {
        ROLE, NAME, EMAIL, TEAM, LINE_MANAGER, PREVIOUS_PARTNER;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean required() {
            return this == ROLE || this == NAME || this == EMAIL;
        }
    }

    /** Columns form tools add on their own; they carry nothing the matching uses. */
    private static final Set<String> FORM_TOOL_COLUMNS = Set.of("timestamp", "id", "start_time", "completion_time",
            "last_modified_time");

    /** Past this many problems the file is probably not a responses file at all: more would only bury the first. */
    static final int MAX_PROBLEMS = 50;

    private final Matching matching;
    private final CsvTable table;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final Map<PersonColumn, Integer> personColumns = new HashMap<>();
    private final Map<Question, Integer> questionColumns = new LinkedHashMap<>();

    private ResponsesReader(Matching matching, CsvTable table) {
        this.matching = matching;
        this.table = table;
    }

    /** The people and the warnings found reading them (questions with no column). */
    public record Responses(List<Person> people, List<Problem> warnings) {}

    /**
     * @throws ProblemException with every problem in the file, in row order
     */
    public static Responses read(Path file, Matching matching) throws ProblemException {
        return new ResponsesReader(matching, CsvTable.read(file)).read();
    }

    /** As {@link #read(Path, Matching)}, for bytes already in memory; {@code fileName} is used in messages. */
    public static Responses read(String fileName, byte[] content, Matching matching) throws ProblemException {
        return new ResponsesReader(matching, CsvTable.parse(fileName, content)).read();
    }

    private Responses read() throws ProblemException {
        readHeader();
        if (!problems.isEmpty()) throw new ProblemException(problems);
        List<Person> people = new ArrayList<>();
        Map<String, Integer> rowOfEmail = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add(Problem.error(new Location(table.file(), row.number(), 0), "reading stopped here after "
                        + MAX_PROBLEMS + " problems; there may be more", "Fix these first, or check that this is the"
                        + " responses file exported from the matching questionnaire."));
                break;
            }
            Person person = readRow(row);
            if (person == null) continue;
            Integer earlier = rowOfEmail.putIfAbsent(person.email(), row.number());
            if (earlier != null) {
                problems.add(Problem.error(at(row, personColumns.get(PersonColumn.EMAIL)),
                        "email `" + person.email() + "` is also on row " + earlier,
                        "Each person answers once: remove one of the rows, or correct the email."));
            } else {
                people.add(person);
            }
        }
        if (!problems.isEmpty()) throw new ProblemException(problems);
        return new Responses(List.copyOf(people), List.copyOf(warnings));
    }

    private void readHeader() {
        Map<String, Integer> seen = new HashMap<>();
        List<String> header = table.header();
        for (int column = 0; column < header.size(); column++) {
            String heading = header.get(column).strip();
            Location where = new Location(table.file(), 1, column + 1);
            if (heading.isEmpty()) {
                problems.add(Problem.error(where, "column " + (column + 1) + " has no heading",
                        "Give it the id of a question, or remove the column."));
                continue;
            }
            Integer earlier = seen.putIfAbsent(canonicalHeading(heading), column + 1);
            if (earlier != null) {
                problems.add(Problem.error(where, "column `" + heading + "` appears twice (columns " + earlier + " and "
                        + (column + 1) + ")", "Keep one of the two columns."));
                continue;
            }
            PersonColumn personColumn = personColumn(heading);
            Question question = personColumn == null ? question(heading) : null;
            if (personColumn != null) {
                personColumns.put(personColumn, column);
            } else if (question != null) {
                if (questionColumns.containsKey(question)) {
                    problems.add(Problem.error(where, "column `" + heading + "` is the question `" + question.id()
                            + "` again (also column " + (questionColumns.get(question) + 1) + ")", "Keep one of the two columns."));
                } else {
                    questionColumns.put(question, column);
                }
            } else if (!FORM_TOOL_COLUMNS.contains(normalise(heading))) {
                problems.add(Problem.error(where, "column `" + heading + "` is not a question in the scheme",
                        suggestion(heading) + "Head each question's column with its id or its exact text from"
                                + " `matching.questions`, or remove the column."));
            }
        }
        for (PersonColumn column : PersonColumn.values()) {
            if (column.required() && !personColumns.containsKey(column)) {
                problems.add(Problem.error(new Location(table.file(), 1, 0), "the required column `" + column.key() + "` is missing",
                        "Add a column headed `" + column.key() + "`" + switch (column) {
                            case ROLE -> " holding mentor or mentee on each row.";
                            case NAME -> " holding each person's name.";
                            default -> " holding each person's email address.";
                        }));
            }
        }
        for (Question question : matching.questions()) {
            if (questionColumns.containsKey(question)) continue;
            if (question.required()) {
                problems.add(Problem.error(new Location(table.file(), 1, 0), "the required question `" + question.id()
                        + "` has no column", "Add a column headed `" + question.id() + "` with everyone's answers,"
                        + " or mark the question `required: false` in scheme.yml."));
            } else if (isRuleQuestion(question)) {
                warnings.add(Problem.warning(new Location(table.file(), 1, 0), "the question `" + question.id()
                        + "` has no column, so the rules on it score nothing",
                        "Add a column headed `" + question.id() + "` with the answers."));
            }
        }
    }

    private boolean isRuleQuestion(Question question) {
        return matching.rules().stream().anyMatch(rule -> question.id().equals(rule.question()));
    }

    private Person readRow(CsvTable.Row row) {
        int before = problems.size();
        if (row.cells().size() != table.header().size()) {
            problems.add(Problem.error(new Location(table.file(), row.number(), 0), "row " + row.number() + " has "
                    + row.cells().size() + " cells but the header has " + table.header().size(),
                    "Check this row for a missing or extra `" + table.delimiter() + "`; a value that contains `"
                            + table.delimiter() + "` must be wrapped in double quotes."));
            return null;
        }
        Role role = readRole(row);
        String name = required(row, PersonColumn.NAME, "Every row needs the person's name.");
        String email = readEmail(row, PersonColumn.EMAIL, true);
        String team = optional(row, PersonColumn.TEAM);
        String lineManager = readEmail(row, PersonColumn.LINE_MANAGER, false);
        Set<String> previous = new LinkedHashSet<>();
        Integer previousColumn = personColumns.get(PersonColumn.PREVIOUS_PARTNER);
        if (previousColumn != null) {
            for (String value : Answers.split(CsvTable.cell(row, previousColumn))) {
                if (isEmail(value)) previous.add(value.toLowerCase(Locale.ROOT));
                else problems.add(notAnEmail(row, previousColumn, value, PersonColumn.PREVIOUS_PARTNER));
            }
        }
        Map<String, List<String>> answers = new HashMap<>();
        for (Map.Entry<Question, Integer> entry : questionColumns.entrySet()) {
            List<String> answer = Answers.parse(entry.getKey(), CsvTable.cell(row, entry.getValue()), role,
                    at(row, entry.getValue()), problems);
            if (!answer.isEmpty()) answers.put(entry.getKey().id(), answer);
        }
        if (problems.size() > before) return null;
        return new Person(role, name, email, team, lineManager, previous, answers, row.number());
    }

    private Role readRole(CsvTable.Row row) {
        String value = required(row, PersonColumn.ROLE, "Write mentor or mentee.");
        if (value.isEmpty()) return null;
        for (Role role : Role.values()) if (role.key().equalsIgnoreCase(value)) return role;
        problems.add(Problem.error(at(row, personColumns.get(PersonColumn.ROLE)),
                "role `" + value + "` is not `mentor` or `mentee`", "Write mentor or mentee."));
        return null;
    }

    private String required(CsvTable.Row row, PersonColumn column, String fix) {
        String value = optional(row, column);
        if (value.isEmpty()) {
            problems.add(Problem.error(at(row, personColumns.get(column)), "`" + column.key() + "` is empty", fix));
        }
        return value;
    }

    private String optional(CsvTable.Row row, PersonColumn column) {
        Integer index = personColumns.get(column);
        return index == null ? "" : CsvTable.cell(row, index).strip();
    }

    private String readEmail(CsvTable.Row row, PersonColumn column, boolean required) {
        String value = required ? required(row, column, "Every row needs the person's email address.") : optional(row, column);
        if (value.isEmpty()) return "";
        if (!isEmail(value)) {
            problems.add(notAnEmail(row, personColumns.get(column), value, column));
            return "";
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private Problem notAnEmail(CsvTable.Row row, int column, String value, PersonColumn heading) {
        return Problem.error(at(row, column), "`" + value + "` in `" + heading.key() + "` is not an email address",
                "Write an address such as name@example.org.");
    }

    private static boolean isEmail(String value) {
        return value.matches("[^@\\s]+@[^@\\s]+");
    }

    private Location at(CsvTable.Row row, int column) {
        return new Location(table.file(), row.number(), column + 1);
    }

    private static String normalise(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private String canonicalHeading(String heading) {
        PersonColumn column = personColumn(heading);
        return column != null ? "person:" + column : normalise(heading);
    }

    private static PersonColumn personColumn(String heading) {
        String key = normalise(heading);
        if (key.equals("email_address")) return PersonColumn.EMAIL;
        for (PersonColumn column : PersonColumn.values()) if (column.key().equals(key)) return column;
        return null;
    }

    private Question question(String heading) {
        for (Question q : matching.questions()) if (q.id().equalsIgnoreCase(heading.strip())) return q;
        for (Question q : matching.questions()) if (q.text().strip().equalsIgnoreCase(heading.strip())) return q;
        return null;
    }

    private String suggestion(String heading) {
        List<String> candidates = new ArrayList<>();
        for (PersonColumn c : PersonColumn.values()) candidates.add(c.key());
        for (Question q : matching.questions()) candidates.add(q.id());
        String best = Suggestion.closest(normalise(heading), candidates);
        return best == null ? "" : "Did you mean `" + best + "`? ";
    }
}
