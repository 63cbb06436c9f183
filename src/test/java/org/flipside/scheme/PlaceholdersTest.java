package org.flipside.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.model.Scheme;
import org.flipside.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceholdersTest {

    static Scheme full;

    @BeforeAll
    static void load() throws ProblemException {
        full = SchemeLoaderTest.load(Shared.fixture("full.yml")).scheme();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        meetings.count                  | 6
        meetings.every_weeks            | 4
        scheme.name                     | Calder & Wren Reverse Mentoring
        scheme.start                    | 12 January 2026
        people.scheme_lead.name         | Priya Shah
        purpose.aims.0                  | Partners understand the day-to-day experience of junior colleagues.
        organisation.type               | law_firm
        meetings.formats.1              | online
        timeline.phases.3.max_weeks     | 24
        privacy.retention_months        | 12
        """)
    void looksUpValuesByTheirYamlKeys(String path, String expected) {
        assertEquals(Optional.of(expected), Placeholders.lookup(full, path));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        meetings.cuont
        meetings
        purpose.aims
        purpose.aims.99
        sources.file
        scheme.name.length
        getClass
        ../etc
        """)
    void findsNothingForWhatIsNotOneSchemeValue(String path) {
        assertEquals(Optional.empty(), Placeholders.lookup(full, path));
    }

    @Test
    void resolvesEveryPlaceholderInAText() {
        assertEquals("We will meet 6 times, every 4 weeks, with Priya Shah; write ${literal} like this.",
                Placeholders.resolve(full, "We will meet ${meetings.count} times, every ${ meetings.every_weeks } weeks,"
                        + " with ${people.scheme_lead.name}; write $${literal} like this."));
    }

    @Test
    void refusesToResolveAnUnknownPlaceholder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Placeholders.resolve(full, "${meetings.cuont}"));
        assertEquals("`${meetings.cuont}` is not a known value", e.getMessage());
    }

    @Test
    void insertsValuesWithoutExpandingThemAgain() {
        // The clause text holds placeholders itself; inserting it must not evaluate them.
        String clause = Placeholders.resolve(full, "${agreement.clauses.5.text}");
        assertTrue(clause.contains("${meetings.count}"), clause);
    }

    @Test
    void reportsUnknownPlaceholdersWithASuggestionAndTheirColumn() {
        Location where = new Location("content/welcome.md", 3, 1);
        List<Problem> problems = Placeholders.problems(full, "Meet ${meetings.cuont} times with ${people.sponsor.nmae}.",
                where);
        assertEquals(List.of(
                Problem.error(where, "`${meetings.cuont}` is not a known value", "did you mean `${meetings.count}`?"),
                Problem.error(where, "`${people.sponsor.nmae}` is not a known value",
                        "did you mean `${people.sponsor.name}`?")), problems);
    }

    @Test
    void explainsAGroupAndAnUnclosedPlaceholder() {
        Location where = new Location("scheme.yml", 1, 1);
        assertEquals(List.of(Problem.error(where, "`${meetings}` names a group of values, not one value",
                        "name one value inside it, e.g. `${meetings.count}`")),
                Placeholders.problems(full, "${meetings}", where));
        assertEquals(List.of(Problem.error(where, "`${` starts a placeholder that is never closed with `}`",
                        "close it, e.g. `${meetings.count}`, or write `$${` for a literal `${`")),
                Placeholders.problems(full, "We meet ${meetings.count times", where));
    }

    @Test
    void knownPathsListLeavesOnly() {
        List<String> known = Placeholders.knownPaths(full);
        assertTrue(known.contains("meetings.count"));
        assertTrue(known.contains("people.scheme_lead.name"));
        assertTrue(known.contains("timeline.phases.0.title"));
        assertTrue(known.stream().noneMatch(p -> p.startsWith("sources")));
        assertTrue(known.stream().noneMatch(p -> p.equals("meetings")));
    }
}
