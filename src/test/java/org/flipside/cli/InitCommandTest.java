package org.flipside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flipside.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class InitCommandTest {

    private static final InitAnswers HOSTILE = new InitAnswers("Smith & \"Jones\": <script>alert(1)</script> #1",
            "yes", LocalDate.of(2027, 3, 1), "#0b6e4f");

    @TempDir Path dir;

    private static Map<?, ?> yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    @Test
    void theSchemeStartsWithTheSchemaModelineAndReadsBackTheAnswersExactly() throws Exception {
        String scheme = StarterProject.schemeYaml(HOSTILE);
        assertEquals("# yaml-language-server: $schema=./scheme.schema.json", scheme.lines().findFirst().orElseThrow());
        assertFalse(scheme.contains("{{"), "every token is filled in");
        Map<?, ?> read = yaml(scheme);
        assertEquals(HOSTILE.organisation(), ((Map<?, ?>) read.get("organisation")).get("name"));
        assertEquals("yes", ((Map<?, ?>) read.get("scheme")).get("name"));
        assertEquals("#0b6e4f", ((Map<?, ?>) ((Map<?, ?>) read.get("organisation")).get("colours")).get("primary"));
        assertEquals("2027", ((Map<?, ?>) read.get("scheme")).get("cohort"));
        assertTrue(scheme.contains("\n  start: 2027-03-01 "), "the start date is written as a YAML date");
        assertEquals(HOSTILE.organisation(), ((Map<?, ?>) read.get("privacy")).get("controller"));
    }

    /** Keys SCHEME.md shows that the starter writes only as a comment, and why. */
    private static final Set<String> SHOWN_AS_COMMENT = Set.of(
            "timeline.phases[].start",        // a fixed start would silently override scheme.start
            "support.signposting[].email");   // no invented contact details for a support service

    @Test
    void everyKeyOfTheContractIsPresent() throws Exception {
        Path contract = Shared.folder().resolve("SCHEME.md");
        Set<String> wanted = new TreeSet<>();
        Matcher block = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(contract));
        while (block.find()) keyPaths("", yaml(block.group(1)), wanted);
        assertTrue(wanted.size() > 100, "read the contract: " + wanted.size() + " keys");
        Set<String> written = new TreeSet<>();
        keyPaths("", yaml(StarterProject.schemeYaml(HOSTILE)), written);
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(written);
        missing.removeAll(SHOWN_AS_COMMENT);
        assertEquals(Set.of(), missing);
        String scheme = StarterProject.schemeYaml(HOSTILE);
        assertTrue(scheme.contains("# A phase may also have `start: YYYY-MM-DD`"));
        assertTrue(scheme.contains("# email: name@example.org"));
    }

    private static void keyPaths(String prefix, Object node, Set<String> into) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String path = prefix.isEmpty() ? String.valueOf(entry.getKey()) : prefix + "." + entry.getKey();
                // Diary checkpoints are named freely (midpoint, final, ...): the names are examples, not keys.
                if (prefix.equals("diary.checkpoints")) path = prefix + ".*";
                into.add(path);
                keyPaths(path, entry.getValue(), into);
            }
        } else if (node instanceof List<?> list) {
            for (Object item : list) keyPaths(prefix + "[]", item, into);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-02-30|`2026-02-30` is not a real date (check the month and the day).",
            "12/01/2026|`12/01/2026` is not a date written YYYY-MM-DD, e.g. 2026-09-07.",
            "2026-1-5|`2026-1-5` is not a date written YYYY-MM-DD, e.g. 2026-09-07."})
    void badDatesAreExplained(String raw, String message) {
        assertEquals(message, assertThrows(InitAnswers.InvalidAnswer.class, () -> InitAnswers.date(raw)).getMessage());
    }

    @ParameterizedTest
    @CsvSource({"#1D3557,#1d3557", "1d3557,#1d3557", "#abc,#aabbcc", "' #0b6e4f ',#0b6e4f"})
    void coloursAreNormalised(String raw, String expected) throws Exception {
        assertEquals(expected, InitAnswers.colour(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"blue", "#12345", "#gggggg", "rgb(0,0,0)", ""})
    void badColoursAreExplained(String raw) {
        assertEquals("`" + raw + "` is not a colour written #rrggbb, e.g. #1d3557.",
                assertThrows(InitAnswers.InvalidAnswer.class, () -> InitAnswers.colour(raw)).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Harbour & Vale LLP|HV", "Calder and Wren|CW", "Ashby Lane Solicitors|ALS",
            "chambers of j. smith|chambers of j. smith", "Acme|Acme"})
    void shortNamesAreInitials(String organisation, String shortName) {
        assertEquals(shortName, new InitAnswers(organisation, "x", LocalDate.of(2026, 1, 5), "#000000").shortName());
    }

    @Test
    void questionsOfferDefaultsAndAskAgainAfterAMistake() throws Exception {
        String typed = "Harbour & Vale LLP\n\n2026-13-01\n2026-09-07\nnavy\n#0B6E4F\n";
        StringWriter shown = new StringWriter();
        InitAnswers answers = new InitQuestions(new BufferedReader(new StringReader(typed)), new java.io.PrintWriter(shown))
                .ask(null, null, null, null, LocalDate.of(2026, 12, 4));
        assertEquals(new InitAnswers("Harbour & Vale LLP", "Harbour & Vale LLP Reverse Mentoring", LocalDate.of(2026, 9, 7), "#0b6e4f"), answers);
        String transcript = shown.toString();
        assertTrue(transcript.contains("Scheme name [Harbour & Vale LLP Reverse Mentoring]: "), transcript);
        assertTrue(transcript.contains("Start date, YYYY-MM-DD (the first day of planning) [2026-12-07]: "), transcript);
        assertTrue(transcript.contains("  `2026-13-01` is not a real date (check the month and the day)."), transcript);
        assertTrue(transcript.contains("  `navy` is not a colour written #rrggbb, e.g. #1d3557."), transcript);
    }

    @Test
    void theEndOfInputKeepsTheDefaults() throws Exception {
        InitAnswers answers = new InitQuestions(new BufferedReader(new StringReader("")), new java.io.PrintWriter(new StringWriter()))
                .ask(null, "Given", null, null, LocalDate.of(2026, 12, 4));
        assertEquals(new InitAnswers("Your Organisation", "Given", LocalDate.of(2026, 12, 7), "#1d3557"), answers);
    }

    @Test
    void aBadOptionIsAUsageErrorAndWritesNothing() {
        CommandOutput run = CommandOutput.run("init", dir.toString(), "--start", "next week");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("`next week` is not a date written YYYY-MM-DD, e.g. 2026-09-07."), run.err());
        assertFalse(Files.exists(dir.resolve("scheme.yml")));
    }

    @Test
    void theStarterLogoIsAPngInTheBrandColour() throws Exception {
        byte[] png = StarterLogo.png("#0b6e4f");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertEquals(600, image.getWidth());
        assertEquals(600, image.getHeight());
        assertEquals(0, image.getRGB(2, 2) >>> 24, "the rounded corner is transparent");
        assertEquals(0xff0b6e4f, image.getRGB(300, 300), "the middle, between the triangles, is the primary colour");
        assertEquals(0xffffffff, image.getRGB(200, 200), "the mark is white on a dark colour");
        assertEquals(0xff111111, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(StarterLogo.png("#f4b942"))).getRGB(200, 200),
                "and near-black on a light one");
        assertEquals(java.util.Arrays.toString(png), java.util.Arrays.toString(StarterLogo.png("#0b6e4f")), "the same bytes every time");
        assertEquals("#111111", StarterProject.readableOn("#f4b942"));
    }

    /** Whole-project tests need the packaged theme and schema, which the site and scheme work provide. */
    static void assumePackaged() throws Exception {
        assumeTrue(BundledFiles.file("scheme.schema.json").isPresent(), "scheme.schema.json is not packaged yet");
        assumeTrue(!BundledFiles.folder("theme").isEmpty(), "themes/default is not packaged yet");
    }

    @Test
    void refusesToOverwriteAndListsWhatExists() throws Exception {
        assumePackaged();
        Files.writeString(dir.resolve("scheme.yml"), "mine\n");
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/welcome.md"), "my welcome\n");
        CommandOutput run = CommandOutput.run("init", dir.toString(), "--yes");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals("flipside init: nothing was written, because these 2 files already exist in " + dir.toAbsolutePath().normalize() + ":\n"
                + "  scheme.yml\n  content/welcome.md\n"
                + "Choose an empty folder (flipside init my-scheme), or add --force to overwrite them.\n", run.err());
        assertEquals("mine\n", Files.readString(dir.resolve("scheme.yml")));
        assertFalse(Files.exists(dir.resolve("content/about.md")), "nothing else was written either");

        CommandOutput forced = CommandOutput.run("init", dir.toString(), "--yes", "--force", "--organisation", "Harbour & Vale LLP");
        assertEquals(ExitCode.OK, forced.exitCode(), forced.err());
        assertTrue(Files.readString(dir.resolve("scheme.yml")).contains("name: Harbour & Vale LLP"));
    }
}
