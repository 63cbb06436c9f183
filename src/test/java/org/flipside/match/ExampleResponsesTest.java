package org.flipside.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.flipside.model.Matching;
import org.flipside.scheme.SchemeLoader;
import org.junit.jupiter.api.Test;

/** The CSV example in the README's matching section reads cleanly against this repository's scheme.yml. */
class ExampleResponsesTest {

    @Test
    void theReadmeExampleIsAValidResponsesFile() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("<!-- section: matching -->"));
        int start = section.indexOf("```csv\n") + "```csv\n".length();
        String csv = section.substring(start, section.indexOf("```", start));
        Matching matching = SchemeLoader.load(Path.of("scheme.yml").toAbsolutePath(), Path.of("").toAbsolutePath(),
                LocalDate.of(2026, 1, 1)).scheme().matching();
        ResponsesReader.Responses responses = ResponsesReader.read("responses.csv", csv.getBytes(StandardCharsets.UTF_8), matching);
        assertEquals(List.of("a.okafor@example.org", "t.reid@example.org"),
                responses.people().stream().map(Person::email).toList());
        assertEquals(List.of(), responses.warnings());
    }
}
