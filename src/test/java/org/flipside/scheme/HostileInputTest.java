package org.flipside.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile files end in a clear ProblemException, never another exception, a hang or a crash. */
class HostileInputTest {

    @TempDir Path project;

    private List<Problem> errorsOf(byte[] bytes) throws IOException {
        Path file = SchemeFiles.write(project, bytes);
        // A guard against hanging, not a performance target (those live in bench/).
        ProblemException thrown = assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThrows(ProblemException.class, () -> SchemeLoader.load(file, project, SchemeFiles.BUILD_DATE)));
        return thrown.errors();
    }

    private List<Problem> errorsOf(String text) throws IOException {
        return errorsOf(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Location whole() {
        return Location.ofFile("scheme.yml");
    }

    @Test
    void billionLaughsFailsFastOnTheAliasCap() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) bomb.append(i > 0 ? "," : "").append('*').append(prev);
            bomb.append("]\n");
        }
        assertEquals(List.of(Problem.error(whole(), "the file uses more than 50 aliases (`*name`) of lists or"
                        + " mappings; Flipside refuses such files because they can expand to billions of values"
                        + " (a \"billion laughs\" file)", "write the values out, or use fewer aliases")),
                errorsOf(bomb.toString()));
    }

    @Test
    void aliasesUnderTheCapStillCannotExpandTheSchemeIntoMillionsOfValues() throws IOException {
        // 45 aliases, 5^9 values if expanded: each alias where a scheme value should be is a type error instead.
        StringBuilder bomb = new StringBuilder(SchemeFiles.BASE).append("x0: &x0 [a, a, a, a, a]\n");
        for (int level = 1; level <= 9; level++) {
            bomb.append("x").append(level).append(": &x").append(level).append(" [");
            for (int i = 0; i < 5; i++) bomb.append(i > 0 ? "," : "").append("*x").append(level - 1);
            bomb.append("]\n");
        }
        bomb.append("themes: *x9\n");
        List<Problem> errors = errorsOf(bomb.toString());
        assertEquals(Problem.error(new Location("scheme.yml", 15, 1), "`x0` is not a known key at the top level",
                        "the keys here are: version, organisation, scheme, purpose, voices, people, recruitment, matching,"
                                + " timeline, meetings, themes, agreement, diary, support, community, evaluation,"
                                + " next_steps, privacy, handbook"),
                errors.get(0));
        assertEquals(10 + 5, errors.size(), () -> errors.toString());
        assertEquals(5, errors.stream().filter(e -> e.message().matches(
                "`themes\\[\\d]` must be a mapping of keys \\(such as `id:`\\), not a list")).count());
    }

    @Test
    void aFiftyMebibyteFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = project.resolve("scheme.yml");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
        }
        ProblemException thrown = assertThrows(ProblemException.class,
                () -> SchemeLoader.load(file, project, SchemeFiles.BUILD_DATE));
        assertEquals("scheme.yml: is 50.0 MiB; a scheme file may be at most 1 MiB — check that this is your scheme"
                + " file; long texts belong in `content/*.md`", thrown.getMessage());
    }

    @Test
    void aBinaryFileIsReportedAsNotText() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals(List.of(Problem.error(whole(), "is not a text file (it holds binary data)",
                "name your scheme file, a plain text file usually called `scheme.yml`")), errorsOf(png));
    }

    @Test
    void aFileInAnotherEncodingIsReportedWithWhereItGoesWrong() throws IOException {
        byte[] latin1 = "version: 1\norganisation:\n  name: Caf\u00e9 & Co\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of(Problem.error(new Location("scheme.yml", 3, 12), "is not UTF-8 text (byte 0xE9 cannot be read)",
                "save the file with the UTF-8 encoding (in most editors: Save As, Encoding: UTF-8)")), errorsOf(latin1));
    }

    @Test
    void anEmptyFileSaysWhatAScheme​Needs() throws IOException {
        Problem empty = Problem.error(whole(), "is empty", "start from `flipside init`, or copy the example"
                + " `scheme.yml`; it needs at least `version`, `organisation`, `scheme` and `purpose`");
        assertEquals(List.of(empty), errorsOf(""));
        assertEquals(List.of(empty), errorsOf("# only a comment\n\n"));
    }

    @Test
    void aTopLevelListIsExplained() throws IOException {
        assertEquals(List.of(Problem.error(new Location("scheme.yml", 1, 1), "the file is a list, but a scheme file is a"
                        + " mapping of keys such as `version:`, `organisation:`, `scheme:` and `purpose:`",
                "start each top-level key at the beginning of a line, with no `- ` in front")),
                errorsOf("- version: 1\n- organisation: x\n"));
    }

    @Test
    void tabsInIndentationArePointedAt() throws IOException {
        assertEquals(List.of(Problem.error(new Location("scheme.yml", 3, 1),
                        "YAML indents with spaces, not tabs: this line starts with a tab",
                        "replace the tab with spaces (set your editor to insert spaces for Tab)")),
                errorsOf("version: 1\norganisation:\n\tname: Ashby Lane\n"));
    }

    @Test
    void javaTypeTagsAreRefused() throws IOException {
        String text = SchemeFiles.BASE.replace("  name: Ashby Lane Solicitors",
                "  name: !!java.lang.Runtime Ashby Lane Solicitors");
        assertEquals(List.of(Problem.error(new Location("scheme.yml", 3, 9),
                        "`!!java.lang.Runtime` is a YAML tag; scheme files may not use tags",
                        "remove `!!java.lang.Runtime` and write the value as plain text")),
                errorsOf(text));
        assertEquals("`!custom` is a YAML tag; scheme files may not use tags",
                errorsOf(SchemeFiles.BASE + "meetings: !custom {count: 6}\n").get(0).message());
    }

    @Test
    void aKeyWrittenTwiceIsAnError() throws IOException {
        assertEquals(List.of(Problem.error(new Location("scheme.yml", 15, 1),
                        "`version` is written twice at the top level (first on line 1)",
                        "keep one `version:` and delete or merge the other")),
                errorsOf(SchemeFiles.BASE + "version: 1\n"));
    }

    @Test
    void aLogoOutsideTheProjectIsRefused() throws IOException {
        String text = SchemeFiles.BASE.replace("  name: Ashby Lane Solicitors",
                "  name: Ashby Lane Solicitors\n  logo: ../../etc/passwd");
        assertEquals(List.of(Problem.error(new Location("scheme.yml", 4, 9),
                        "`organisation.logo` points outside the project folder (`../../etc/passwd`)",
                        "copy the logo into the project, e.g. `content/assets/logo.png`, and write that path")),
                errorsOf(text));
    }

    @Test
    void aLogoThatIsNotAnImageIsRefused() throws IOException {
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/logo.png"), "not a picture");
        String text = SchemeFiles.BASE.replace("  name: Ashby Lane Solicitors",
                "  name: Ashby Lane Solicitors\n  logo: content/logo.png");
        assertEquals("the logo `content/logo.png` is not a PNG, JPEG or SVG image inside, whatever its name says",
                errorsOf(text).get(0).message());
    }

    @Test
    void aMissingFileIsReported() {
        ProblemException thrown = assertThrows(ProblemException.class,
                () -> SchemeLoader.load(project.resolve("scheme.yml"), project, SchemeFiles.BUILD_DATE));
        assertEquals("scheme.yml: does not exist — check the file name, or run `flipside init` to create a scheme file",
                thrown.getMessage());
    }

    @Test
    void aRecursiveAnchorIsATypeErrorNotAnEndlessLoop() throws IOException {
        String text = SchemeFiles.BASE.replace("  aims: [Partners understand junior colleagues.]",
                "  aims: &loop [Partners understand junior colleagues., *loop]");
        assertEquals(List.of(Problem.error(new Location("scheme.yml", 9, 9),
                        "`purpose.aims[1]` must be text, not a list", "write a single value after `aims:`")),
                errorsOf(text));
    }

    @Test
    void unclosedQuotesAndBrokenIndentationAreExplained() throws IOException {
        assertEquals(List.of(Problem.error(new Location("scheme.yml", 3, 9), "this quoted text is never closed",
                "add the closing quote")), errorsOf("version: 1\norganisation:\n  name: \"Ashby Lane\n"));
        assertEquals("this line does not fit the structure above it (expected <block end>, but found '<block mapping start>')",
                errorsOf("version: 1\norganisation:\n    name: Ashby\n  type: law_firm\n").get(0).message());
    }

    @Test
    void aSecondDocumentIsExplained() throws IOException {
        assertEquals(List.of(Problem.error(new Location("scheme.yml", 2, 1),
                        "the file holds more than one YAML document (a second `---` line)",
                        "keep one document: delete the second `---` and merge what follows into the first")),
                errorsOf("version: 1\n---\nversion: 2\n"));
    }
}
