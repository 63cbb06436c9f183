package org.flipside.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.flipside.diagnostic.ProblemException;
import org.flipside.model.Matching;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponsesReaderTest {

    private static final Matching MATCHING = Cohorts.full(1);

    private static ResponsesReader.Responses read(byte[] bytes) throws ProblemException {
        return ResponsesReader.read("responses.csv", bytes, MATCHING);
    }

    private static ResponsesReader.Responses read(String text) throws ProblemException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(String text) {
        ProblemException e = assertThrows(ProblemException.class, () -> read(text));
        return e.problems().stream().map(Object::toString).toList();
    }

    @Test
    void readsAGoodFileWithQuestionsByIdOrText() throws Exception {
        ResponsesReader.Responses responses = read("""
                role,name,email,team,line_manager,previous_partner,Which themes would you most like to explore?,practice-area,availability,confidence
                mentor,Ada Lovelace,Ada@Example.org,Tax,boss@example.org,,wellbeing; Belonging,Corporate,Lunchtime,4
                Mentee,Bo Chen,bo@example.org,,,old@example.org;older@example.org,Supervision,,Early morning;Lunchtime,
                """);
        assertEquals(2, responses.people().size());
        Person ada = responses.people().get(0);
        assertEquals(Role.MENTOR, ada.role());
        assertEquals("ada@example.org", ada.email());
        assertEquals("boss@example.org", ada.lineManager());
        assertEquals(List.of("Wellbeing", "Belonging"), ada.answer("topics"));
        assertEquals(List.of("4"), ada.answer("confidence"));
        Person bo = responses.people().get(1);
        assertEquals(Role.MENTEE, bo.role());
        assertEquals(java.util.Set.of("old@example.org", "older@example.org"), bo.previousPartners());
        assertEquals(List.of(), bo.answer("practice-area"));
        assertEquals(3, bo.row());
        assertEquals(List.of("responses.csv:1: the question `faith` has no column, so the rules on it score nothing"
                + " — Add a column headed `faith` with the answers."), responses.warnings().stream().map(Object::toString).toList());
    }

    @Test
    void readsWindows1252WithSemicolons() throws Exception {
        byte[] bytes = "role;name;email;topics\r\nmentor;Zoë Dubé;zoe@example.org;\"Wellbeing;Recruitment\"\r\n"
                .getBytes(CsvTable.WINDOWS_1252);
        Person zoe = read(bytes).people().get(0);
        assertEquals("Zoë Dubé", zoe.name());
        assertEquals(List.of("Wellbeing", "Recruitment"), zoe.answer("topics"));
    }

    @Test
    void readsUtf8WithAByteOrderMark() throws Exception {
        byte[] body = "role,name,email,topics\nmentee,José Núñez,jose@example.org,Wellbeing\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Person jose = read(bytes).people().get(0);
        assertEquals("José Núñez", jose.name());
        assertEquals(Role.MENTEE, jose.role());
    }

    @Test
    void blankRowsKeepTheirNumbersAndAreSkipped() {
        assertEquals(List.of("responses.csv:4:2: `name` is empty — Every row needs the person's name."), problems("""
                role,name,email,topics
                mentor,Ada,ada@example.org,Wellbeing
                ,,,
                mentee,,bo@example.org,Wellbeing
                """));
    }

    @Test
    void reportsEveryProblemWithRowAndColumn() {
        assertEquals(List.of(
                "responses.csv:3: row 3 has 3 cells but the header has 5 — Check this row for a missing or extra `,`;"
                        + " a value that contains `,` must be wrapped in double quotes.",
                "responses.csv:4:1: role `boss` is not `mentor` or `mentee` — Write mentor or mentee.",
                "responses.csv:5:4: `Golf` is not one of the options for `topics`: Recruitment, Supervision, Wellbeing,"
                        + " Progression, Belonging — Use the options as written in scheme.yml, separated by `;`.",
                "responses.csv:5:5: `Tax` is not one of the options for `practice-area`: Corporate, Disputes, Real Estate"
                        + " — Use one of the options as written in scheme.yml.",
                "responses.csv:6:4: `topics` is required but has no answer — Ask this person to answer, or mark the"
                        + " question `required: false` in scheme.yml.",
                "responses.csv:7:3: `not-an-email` in `email` is not an email address — Write an address such as name@example.org.",
                "responses.csv:8:3: email `ada@example.org` is also on row 2 — Each person answers once: remove one of"
                        + " the rows, or correct the email."),
                problems("""
                        role,name,email,topics,practice-area
                        mentor,Ada,ada@example.org,Wellbeing,Corporate
                        mentee,Bo,bo@example.org
                        boss,Cy,cy@example.org,Wellbeing,Corporate
                        mentee,Di,di@example.org,Golf;Wellbeing,Tax
                        mentee,Ed,ed@example.org,,Corporate
                        mentee,Fi,not-an-email,Wellbeing,Corporate
                        mentee,Ada again,ADA@example.org,Wellbeing,Corporate
                        """));
    }

    @Test
    void reportsHeaderProblemsTogether() {
        assertEquals(List.of(
                "responses.csv:1:3: column `topic` is not a question in the scheme — Did you mean `topics`? Head each"
                        + " question's column with its id or its exact text from `matching.questions`, or remove the column.",
                "responses.csv:1:4: column `Name` appears twice (columns 2 and 4) — Keep one of the two columns.",
                "responses.csv:1: the required column `email` is missing — Add a column headed `email` holding each person's email address.",
                "responses.csv:1: the required question `topics` has no column — Add a column headed `topics` with"
                        + " everyone's answers, or mark the question `required: false` in scheme.yml."),
                problems("role,name,topic,Name\nmentor,Ada,Wellbeing,Ada\n"));
    }

    @Test
    void formToolColumnsAreIgnoredAndMissingRuleQuestionsWarned() throws Exception {
        ResponsesReader.Responses responses = read("Timestamp,role,name,Email address,topics\n2026-03-02 10:00,mentor,Ada,ada@example.org,Wellbeing\n");
        assertEquals("ada@example.org", responses.people().get(0).email());
        assertEquals("responses.csv:1: the question `practice-area` has no column, so the rules on it score nothing"
                + " — Add a column headed `practice-area` with the answers.", responses.warnings().get(0).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "6 | responses.csv:2:5: `6` is not a whole number from 1 to 5 for `confidence` — Write one number from 1 to 5.",
            "high | responses.csv:2:5: `high` is not a whole number from 1 to 5 for `confidence` — Write one number from 1 to 5."})
    void scaleAnswersAreOneToFive(String answer, String expected) {
        assertEquals(List.of(expected), problems("role,name,email,topics,confidence\nmentor,Ada,ada@example.org,Wellbeing," + answer + "\n"));
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() {
        assertEquals(List.of("responses.csv:2: the file cannot be read as CSV (a double quote is probably not closed) — A value"
                + " that contains quotes, the separator or a line break must be wrapped in double quotes, with quotes inside"
                + " it doubled (\"\"). Export the file again from the form tool."),
                problems("role,name,email,topics\nmentor,\"Ada\"x,ada@example.org,Wellbeing\n"));
    }

    @Test
    void commaSeparatedChoicesFromGoogleFormsAreRead() throws Exception {
        Person ada = read("role,name,email,topics\nmentor,Ada,ada@example.org,\"Wellbeing, Belonging\"\n").people().get(0);
        assertEquals(List.of("Wellbeing", "Belonging"), ada.answer("topics"));
        assertEquals(List.of("responses.csv:2:4: `Wellbeing, Golf` is not one of the options for `topics`: Recruitment,"
                + " Supervision, Wellbeing, Progression, Belonging — Use the options as written in scheme.yml, separated by `;`."),
                problems("role,name,email,topics\nmentor,Ada,ada@example.org,\"Wellbeing, Golf\"\n"));
    }

    @Test
    void aFileFullOfProblemsStopsAfterFifty() {
        StringBuilder csv = new StringBuilder("role,name,email,topics\n");
        for (int i = 0; i < 80; i++) csv.append("boss,P").append(i).append(",p").append(i).append("@example.org,Wellbeing\n");
        List<String> problems = problems(csv.toString());
        assertEquals(51, problems.size());
        assertEquals("responses.csv:52: reading stopped here after 50 problems; there may be more — Fix these first, or"
                + " check that this is the responses file exported from the matching questionnaire.", problems.get(50));
    }

    @Test
    void anEmptyFileIsReported() {
        assertEquals(List.of("responses.csv: the file is empty — Export the responses again, with the header row."), problems(""));
    }

    @Test
    void staffFileGivesLineManagers() throws Exception {
        Map<String, String> managers = StaffReader.read("staff.csv",
                "Email;Line manager;Department\nA@x.org;b@x.org;Tax\nb@x.org;;Tax\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of("a@x.org", "b@x.org"), managers);
        ProblemException e = assertThrows(ProblemException.class, () -> StaffReader.read("staff.csv",
                "email,boss\na@x.org,b@x.org\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("staff.csv:1: the required column `line_manager` is missing — The staff file needs the columns"
                + " `email` and `line_manager` (the manager's email).", e.getMessage());
    }
}
