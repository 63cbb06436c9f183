package org.flipside.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.testing.Shared;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each file of ../shared/fixtures/invalid fails with the facts its README lists, and with nothing else. */
class InvalidFixturesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
        unknown-key.yml         | 9  | 3  | `aimz` is not a known key in `purpose` | did you mean `aims`? (keys here: problem, aims, objectives, strategy_links, out_of_scope)
        bad-date.yml            | 6  | 10 | `2026-02-30` is not a real date (YYYY-MM-DD) | February 2026 has 28 days; write a date that exists
        no-purpose.yml          | 0  | 0  | `purpose` is required: a scheme without a purpose (the problem it addresses, its aims and objectives) becomes a tick-box exercise | add a `purpose:` block with `problem`, `aims` and `objectives` (see SCHEME.md)
        unknown-measure.yml     | 13 | 18 | objective `listening` refers to measure `changes-mad`, which does not exist | did you mean `changes-made`? (the measures are: changes-made)
        wrong-type.yml          | 13 | 10 | `meetings.count` must be a whole number, not `six` | write digits only, e.g. `6`
        removed-safeguard.yml   | 15 | 15 | the `no_fault_exit` clause can be reworded but not removed: it protects the people who take part | delete `remove: true`; to change the wording, give the clause a new `text`
        unknown-placeholder.yml | 16 | 26 | `${meetings.cuont}` is not a known value | did you mean `${meetings.count}`?
        flow-question.yml       | 16 | 55 | the text needs quotes (or a `- ` list): a `?` just before `]` breaks a `[...]` list, as a comma splits one | write ["What would make this a safe space for you?"], or put each item on its own line starting with `- `
        """)
    void failsWithTheFactsItsReadmeLists(String file, int line, int column, String message, String fix) {
        Path fixture = Shared.fixture("invalid/" + file);

        ProblemException thrown = assertThrows(ProblemException.class,
                () -> SchemeLoader.load(fixture, fixture.getParent(), SchemeLoaderTest.BUILD_DATE));

        List<Problem> errors = thrown.errors();
        assertEquals(List.of(Problem.error(new Location(file, line, column), message, fix)), errors,
                () -> "reported:\n" + thrown.getMessage());
    }
}
