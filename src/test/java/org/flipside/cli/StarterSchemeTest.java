package org.flipside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.plan.Chapter;
import org.flipside.plan.Plan;
import org.flipside.plan.Planner;
import org.flipside.scheme.LoadedScheme;
import org.flipside.scheme.SchemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The project {@code init} writes passes the real loader and planner, with no warnings, whatever the answers were. */
class StarterSchemeTest {

    @TempDir Path dir;

    private static final LocalDate BUILD_DATE = LocalDate.of(2026, 12, 4);
    private static final InitAnswers HOSTILE = new InitAnswers("Smith & \"Jones\": <script>alert(1)</script> #1", "yes",
            LocalDate.of(2027, 3, 1), "#0b6e4f");

    /** The starter project without the theme, which only the whole-project tests need. */
    static void writeStarter(Path dir, InitAnswers answers) throws Exception {
        Files.writeString(dir.resolve("scheme.yml"), StarterProject.schemeYaml(answers));
        for (Map.Entry<String, byte[]> file : BundledFiles.folder("content").entrySet()) {
            Path path = dir.resolve("content").resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        Files.createDirectories(dir.resolve("content/assets"));
        Files.write(dir.resolve("content/assets/logo.png"), StarterLogo.png(answers.primary()));
    }

    private Plan plan() throws Exception {
        try {
            LoadedScheme loaded = SchemeLoader.load(dir.resolve("scheme.yml"), dir, BUILD_DATE);
            return Planner.plan(loaded, dir, BUILD_DATE);
        } catch (ProblemException e) {
            throw new AssertionError("the starter scheme must load and plan:\n" + e.getMessage(), e);
        }
    }

    @Test
    void theStarterSchemeLoadsAndPlansWithoutWarnings() throws Exception {
        writeStarter(dir, HOSTILE);
        Plan plan = plan();
        assertEquals(List.<Problem>of(), plan.warnings());
        assertEquals(HOSTILE.organisation(), plan.scheme().organisation().name());
        assertEquals("yes", plan.scheme().scheme().name());
        assertEquals(List.of("welcome", "about", "purpose", "people", "timeline", "matching", "meetings", "themes",
                "agreement", "diary", "support", "community", "evaluation", "next-steps", "faq", "privacy", "downloads"),
                plan.chapters().stream().map(Chapter::slug).toList());
        assertEquals("What reverse mentoring is", plan.chapters().get(1).title());
        assertTrue(plan.chapters().get(0).summary().startsWith("What yes is"), plan.chapters().get(0).summary());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Glossary", "Timeline", "Après le programme", "Diary"})
    void newChapterSaysWhereThePlanPutsIt(String title) throws Exception {
        writeStarter(dir, HOSTILE);
        Files.writeString(dir.resolve("content/extra.md"), "---\ntitle: Extra\norder: 2\n---\nText\n");
        CommandOutput run = CommandOutput.run("new", "chapter", title, dir.resolve("scheme.yml").toString());
        String slug = Slug.of(title);
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<String> planned = plan().chapters().stream().map(Chapter::slug).toList();
        int at = planned.indexOf(slug);
        String before = planned.get(at - 1);
        assertTrue(run.out().contains("after `" + before + "`") || run.out().contains("between `" + before + "` and"),
                "plan: " + planned + "\nsaid: " + run.out());
    }
}
