package org.flipside.plan;

import static org.flipside.plan.PlanFixtures.full;
import static org.flipside.plan.PlanFixtures.loaded;
import static org.flipside.plan.PlanFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.model.Handbook;
import org.flipside.model.Paper;
import org.flipside.model.Scheme;
import org.flipside.model.SourceMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChapterPlannerTest {

    @TempDir Path project;

    private void write(String name, String text) throws IOException {
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content").resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<Chapter> chapters(Scheme scheme) throws ProblemException {
        return Planner.plan(loaded(scheme), project, LocalDate.of(2026, 12, 1)).chapters();
    }

    private List<String> errors(Scheme scheme) {
        ProblemException e = assertThrows(ProblemException.class, () -> chapters(scheme));
        return e.errors().stream().map(Problem::toString).toList();
    }

    private static Chapter chapter(List<Chapter> chapters, String slug) {
        return chapters.stream().filter(c -> c.slug().equals(slug)).findFirst().orElseThrow();
    }

    /** The scheme with {@code handbook.chapters} written in scheme.yml (line 200). */
    private static Scheme listing(String... names) {
        Scheme scheme = full();
        Scheme listed = with(scheme, "handbook", new Handbook(List.of(names), Paper.A4, Handbook.PACKS));
        return with(listed, "sources", new SourceMap("scheme.yml", Map.of(
                "handbook.chapters", new Location("scheme.yml", 200, 13),
                "handbook.chapters[1]", new Location("scheme.yml", 200, 25))));
    }

    @Test
    void theDefaultOrderLeavesOutDefaultFileChaptersThatDoNotExist() throws ProblemException {
        List<Chapter> chapters = chapters(full());

        List<String> expected = Handbook.DEFAULT_CHAPTERS.stream().filter(Handbook.BUILT_IN_CHAPTERS::contains).toList();
        assertEquals(expected, chapters.stream().map(Chapter::slug).toList());
        Chapter timeline = chapter(chapters, "timeline");
        assertEquals("Timeline", timeline.title());
        assertTrue(timeline.generated());
        assertNull(timeline.markdown());
        assertNull(timeline.sourceFile());
    }

    @Test
    void filesNotListedAreAppendedByOrderThenName() throws IOException, ProblemException {
        write("welcome.md", "# Welcome\n\nHello.\n");
        write("zebra.md", "---\norder: 1\n---\n# Zebra\n");
        write("apple.md", "# Apple\n");
        write("faq.md", "---\norder: 5\n---\n# Questions\n");

        List<String> slugs = chapters(full()).stream().map(Chapter::slug).toList();

        assertEquals("welcome", slugs.get(0));
        assertEquals(List.of("zebra", "faq", "apple"), slugs.subList(slugs.size() - 3, slugs.size()));
    }

    @Test
    void frontMatterGivesTitleSummaryAndAudience() throws IOException, ProblemException {
        write("buddies.md", "---\ntitle: For buddies of ${organisation.short_name}\nsummary: What a buddy does.\n"
                + "audience: [buddy, lead]\norder: 3\n---\nBody text.\n");

        Chapter buddies = chapter(chapters(full()), "buddies");

        assertEquals("For buddies of C&W", buddies.title());
        assertEquals("What a buddy does.", buddies.summary());
        assertEquals(List.of("buddy", "lead"), buddies.audience());
        assertEquals("Body text.\n", buddies.markdown());
        assertEquals("content/buddies.md", buddies.sourceFile());
        assertFalse(buddies.generated());
    }

    @Test
    void aJBakeHeaderIsReadLikeFrontMatter() throws IOException, ProblemException {
        write("about.md", "title=About the scheme\ntype=page\nstatus=published\naudience=mentor, mentee\n~~~~~~\n\nText.\n");

        Chapter about = chapter(chapters(full()), "about");

        assertEquals("About the scheme", about.title());
        assertEquals(List.of("mentor", "mentee"), about.audience());
        assertEquals("\nText.\n", about.markdown());
    }

    @Test
    void aBuiltInChapterWithAFileIsGeneratedAndKeepsItsIntroduction() throws IOException, ProblemException {
        write("support.md", "If you need help, ask.\n");

        Chapter support = chapter(chapters(full()), "support");

        assertTrue(support.generated());
        assertEquals("Support and wellbeing", support.title());
        assertEquals("If you need help, ask.\n", support.markdown());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "---\\ntitle: Given\\n---\\n# Heading\\n | Given",
            "Intro\\n\\n```\\n# not a heading\\n```\\n# The heading ##\\n | The heading",
            "No heading here.\\n | notes"})
    void theTitleComesFromFrontMatterElseTheFirstHeadingElseTheName(String text, String title)
            throws IOException, ProblemException {
        write("notes.md", text.replace("\\n", "\n"));
        assertEquals(title, chapter(chapters(full()), "notes").title());
    }

    @Test
    void placeholderValuesStayLiteralTextInMarkdown() throws IOException, ProblemException {
        Scheme scheme = full();
        Scheme hostile = with(scheme, "scheme", with(scheme.scheme(), "name", "<script>alert(1)</script> *bold* [x](y)"));
        write("welcome.md", "Welcome to ${scheme.name}!\n\n${meetings.count} meetings. Not \\${scheme.name} nor $${x}.\n");

        String markdown = chapter(chapters(hostile), "welcome").markdown();

        assertEquals("Welcome to &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\*bold\\* \\[x\\]\\(y\\)!\n\n"
                + "6 meetings. Not \\${scheme.name} nor ${x}.\n", markdown);
    }

    @Test
    void anUnknownPlaceholderIsAnErrorAtItsLineAndColumnWithASuggestion() throws IOException {
        write("welcome.md", "---\ntitle: Welcome\n---\nFirst line.\nWe meet ${meetings.cuont} times.\n");

        assertEquals(List.of("content/welcome.md:5:9: `${meetings.cuont}` is not a known value. — Did you mean"
                        + " `${meetings.count}`? A placeholder names a value of scheme.yml by its keys, for example"
                        + " `${scheme.name}` or `${meetings.count}`."),
                errors(full()));
    }

    @Test
    void anUnclosedPlaceholderIsAnError() throws IOException {
        write("welcome.md", "Costs ${ nothing\n");

        assertEquals(List.of("content/welcome.md:1:7: A placeholder starts here with `${` but is not closed with `}`"
                        + " on the same line. — Write it as `${path.to.value}`, for example `${scheme.name}`, or write"
                        + " `$${` to show it as it is."),
                errors(full()));
    }

    @Test
    void anUnknownFrontMatterKeyIsAnErrorWithASuggestion() throws IOException {
        write("welcome.md", "---\ntitle: Welcome\ntitel: Again\n---\nText\n");

        assertEquals(List.of("content/welcome.md:3:1: `titel` is not a known front matter key. — Did you mean `title`?"
                        + " The keys are `title`, `order`, `summary`, `audience`."),
                errors(full()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "order: soon | content/welcome.md:2:8: `order` must be a whole number, not `soon`.",
            "audience: [mentors] | content/welcome.md:2:11: `mentors` is not an audience.",
            "title: [a, b] | content/welcome.md:2:8: `title` must be one line of text.",
            "title: 'open | content/welcome.md:2:13: The front matter is not valid YAML: found unexpected end of stream."})
    void badFrontMatterValuesAreErrorsAtTheirPosition(String line, String expected) throws IOException {
        write("welcome.md", "---\n" + line + "\n---\nText\n");

        List<String> errors = errors(full());

        assertEquals(1, errors.size());
        assertEquals(expected, errors.get(0).substring(0, errors.get(0).indexOf(" — ")));
    }

    @Test
    void aFrontMatterYamlBombFailsFast() throws IOException {
        StringBuilder bomb = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
        String previous = "a";
        for (int i = 0; i < 9; i++) {
            String name = "b" + i;
            bomb.append(name).append(": &").append(name).append(" [*").append(previous).append(", *").append(previous)
                    .append(", *").append(previous).append(", *").append(previous).append("]\n");
            previous = name;
        }
        write("welcome.md", bomb.append("---\nText\n").toString());

        List<String> errors = errors(full());

        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("content/welcome.md:"), errors.get(0));
        assertTrue(errors.get(0).contains("not valid YAML") || errors.get(0).contains("cannot be read"), errors.get(0));
    }

    @Test
    void anUnclosedFrontMatterIsAnError() throws IOException {
        write("welcome.md", "---\ntitle: Welcome\nText\n");

        assertEquals(List.of("content/welcome.md:1:1: The front matter that starts on line 1 is never closed."
                + " — End it with a line holding only `---`, before the chapter's text."), errors(full()));
    }

    @Test
    void aFileNameThatCannotBeAnAddressIsRejectedWithASafeName() throws IOException {
        write("Our Story & Values.md", "# Story\n");

        assertEquals(List.of("content/Our Story & Values.md: The file name `content/Our Story & Values.md` cannot become"
                        + " a page address: chapter names use lowercase letters, digits and '-' only. — Rename it to"
                        + " `content/our-story-and-values.md`, and use that name in `handbook.chapters`."),
                errors(full()));
    }

    @Test
    void aFileThatIsNotUtf8IsAnError() throws IOException {
        Files.createDirectories(project.resolve("content"));
        Files.write(project.resolve("content/welcome.md"), new byte[] {'H', 'i', (byte) 0xff, (byte) 0xfe, '\n'});

        assertEquals(List.of("content/welcome.md: `content/welcome.md` is not UTF-8 text. — Save it as UTF-8 plain text"
                + " (in most editors: Save As, Encoding: UTF-8)."), errors(full()));
    }

    @Test
    void aListedChapterThatIsNeitherBuiltInNorAFileIsAnError() throws IOException {
        write("welcome.md", "# Welcome\n");

        assertEquals(List.of("scheme.yml:200:25: Chapter `timelime` is neither a built-in chapter nor a file"
                        + " `content/timelime.md`. — Did you mean `timeline`? Create `content/timelime.md`, or use a"
                        + " built-in chapter: " + String.join(", ", Handbook.BUILT_IN_CHAPTERS) + "."),
                errors(listing("welcome", "timelime")));
    }

    @Test
    void aListedOrderIsKeptAndUnlistedFilesFollow() throws IOException, ProblemException {
        write("welcome.md", "# Welcome\n");
        write("extra.md", "# Extra\n");

        assertEquals(List.of("timeline", "welcome", "extra"),
                chapters(listing("timeline", "welcome")).stream().map(Chapter::slug).toList());
    }

    @Test
    void slugsForUnsafeNames() {
        assertEquals("our-story-and-values", ChapterPlanner.slugFor("Our Story & Values"));
        assertEquals("cafe-notes", ChapterPlanner.slugFor("Café notes"));
        assertEquals("and-and", ChapterPlanner.slugFor("&&"));
        assertEquals("chapter", ChapterPlanner.slugFor("!!!"));
    }

    @Test
    void theRepositorysOwnContentPlansWithoutProblems() throws IOException, ProblemException {
        Path repository = Path.of("").toAbsolutePath();
        List<String> files;
        try (var listing = Files.list(repository.resolve("content"))) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }

        List<Chapter> chapters = Planner.plan(loaded(full()), repository, LocalDate.of(2026, 12, 1)).chapters();

        for (String file : files) {
            Chapter chapter = chapter(chapters, file);
            assertEquals("content/" + file + ".md", chapter.sourceFile());
            assertFalse(chapter.markdown().contains("${"), file);
        }
    }
}
