package org.flipside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class NewChapterCommandTest {

    @TempDir Path project;
    private Path scheme;

    @BeforeEach
    void project() throws Exception {
        scheme = project.resolve("scheme.yml");
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/welcome.md"), "---\ntitle: Welcome\norder: 1\n---\nHi\n");
        Files.writeString(project.resolve("content/faq.md"), "---\ntitle: Questions\norder: 7\nsummary: x\n---\nQ\n");
        Files.writeString(project.resolve("content/notes.md"), "title=Notes\norder=3\nstatus=published\n~~~~~~\nN\n");
    }

    @Test
    void writesFrontMatterAfterTheLastOrderAndSaysWhereItAppears() throws Exception {
        Files.writeString(scheme, "version: 1\nhandbook:\n  chapters: [welcome, timeline, faq]\n");
        CommandOutput run = CommandOutput.run("new", "chapter", "Partners' forum: what's next?", scheme.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Path file = project.resolve("content/partners-forum-what-s-next.md");
        String text = Files.readString(file);
        assertTrue(text.startsWith("---\n"), text);
        String frontMatter = text.substring(4, text.indexOf("\n---\n", 4));
        Map<?, ?> fields = new Yaml(new SafeConstructor(new LoaderOptions())).load(frontMatter);
        assertEquals("Partners' forum: what's next?", fields.get("title"));
        assertEquals(8, fields.get("order"));
        assertTrue(fields.get("summary") instanceof String);
        assertEquals(List.of(
                "Created content/partners-forum-what-s-next.md (title: Partners' forum: what's next?, order: 8).",
                "It is appended after `notes` because handbook.chapters does not list it — add "
                        + "`partners-forum-what-s-next` to handbook.chapters in scheme.yml to place it.",
                "Next: write the chapter and its one-line summary in content/partners-forum-what-s-next.md; "
                        + "`flipside serve` shows it as you save."),
                run.out().lines().toList());
    }

    @Test
    void aListedChapterIsPlacedWhereTheListSays() throws Exception {
        Files.writeString(scheme, "version: 1\nhandbook:\n  chapters: [welcome, glossary, faq]\n");
        CommandOutput run = CommandOutput.run("new", "chapter", "Glossary", scheme.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("It appears between `welcome` and `faq`, where handbook.chapters lists it."), run.out());
    }

    @Test
    void withoutHandbookChaptersTheDefaultOrderIsExplained() throws Exception {
        Files.writeString(scheme, "version: 1\n");
        CommandOutput run = CommandOutput.run("new", "chapter", "Glossary", scheme.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("It is appended after `faq` because it is not in the default chapter order — "
                + "to place it, add handbook.chapters to scheme.yml (the default order is: welcome, about, purpose, "
                + "people, timeline, matching, meetings, themes, agreement, diary, support, community, evaluation, "
                + "next-steps) with `glossary` where you want it."), run.out());
    }

    @Test
    void aBuiltInNameBecomesThatChaptersIntroduction() throws Exception {
        Files.writeString(scheme, "version: 1\n");
        CommandOutput run = CommandOutput.run("new", "chapter", "Timeline", scheme.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("Its text is shown at the start of the built-in `timeline` chapter. "
                + "It appears between `people` and `matching`, where the default chapter order puts it."), run.out());
    }

    @Test
    void refusesToOverwriteAndLeavesTheFileAsItWas() throws Exception {
        Files.writeString(scheme, "version: 1\n");
        String before = Files.readString(project.resolve("content/faq.md"));
        CommandOutput run = CommandOutput.run("new", "chapter", "FAQ", scheme.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertEquals("flipside new chapter: content/faq.md already exists, so nothing was written. "
                + "Edit that file, or choose a different title.\n", run.err());
        assertEquals(before, Files.readString(project.resolve("content/faq.md")));
    }

    @Test
    void aSchemeThatDoesNotParseStillGetsTheChapter() throws Exception {
        Files.writeString(scheme, "version: [1\n");
        CommandOutput run = CommandOutput.run("new", "chapter", "Glossary", scheme.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(Files.exists(project.resolve("content/glossary.md")));
        assertTrue(run.out().contains("Where it appears depends on handbook.chapters in scheme.yml, which could not be read "
                + "(run `flipside check` to see why)."), run.out());
    }

    @Test
    void anEmptyTitleIsAUsageError() {
        CommandOutput run = CommandOutput.run("new", "chapter", "   ", scheme.toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("The title is empty"), run.err());
    }
}
