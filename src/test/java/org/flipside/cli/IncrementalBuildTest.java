package org.flipside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flipside.diagnostic.ProblemException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rebuilding after an edit in one process gives exactly the files a clean build of the edited project gives. */
class IncrementalBuildTest {

    @TempDir Path work;
    private Path project;
    private Path schemeFile;
    private final Console quiet = new Console(true, false);

    @BeforeEach
    void copyExample() throws IOException {
        project = work.resolve("project");
        for (String part : List.of("scheme.yml", "content", "themes")) copy(Path.of(part), project.resolve(part));
        schemeFile = project.resolve("scheme.yml");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "content/welcome.md | Over the next few months | Over the coming months | CONTENT | welcome.html",
            "content/welcome.md | title: Welcome | title: Welcome to the scheme | CONTENT | about.html",
            "scheme.yml | name: Calder & Wren Reverse Mentoring | name: Calder & Wren Mentoring Exchange | SCHEME | index.html",
            "scheme.yml | minutes: 60 | minutes: 75 | SCHEME | meetings.html",
            "themes/default/templates/layout.ftl | <h2 class=\"site-footer__heading\">If you need support</h2> | <h2 class=\"site-footer__heading\">If you need support today</h2> | THEME | faq.html"})
    void rebuildAfterAnEditEqualsACleanBuild(String file, String from, String to, ProjectSnapshot.Change kind,
                                             String pageShowingIt) throws Exception {
        Path served = work.resolve("served");
        IncrementalBuild incremental = new IncrementalBuild(schemeFile, quiet);
        incremental.run(served);
        Map<String, byte[]> before = files(served);

        edit(file, from, to);
        incremental.run(served);
        assertEquals(kind, incremental.lastChange());

        Path clean = work.resolve("clean");
        HandbookBuild.run(schemeFile, clean, quiet);
        Map<String, byte[]> expected = files(clean);
        Map<String, byte[]> actual = files(served);
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertTrue(Arrays.equals(expected.get(name), actual.get(name)), name + " differs from a clean build");
        }
        assertFalse(Arrays.equals(before.get(pageShowingIt), actual.get(pageShowingIt)),
                pageShowingIt + " should show the edit");
    }

    @Test
    void nothingIsRebuiltWhenNothingChanged() throws Exception {
        Path served = work.resolve("served");
        IncrementalBuild incremental = new IncrementalBuild(schemeFile, quiet);
        HandbookBuild.Result first = incremental.run(served);
        Files.writeString(schemeFile, Files.readString(schemeFile)); // saved unchanged
        assertSame(first, incremental.run(served));
        assertEquals(ProjectSnapshot.Change.NONE, incremental.lastChange());
    }

    @Test
    void aTemplateEditReusesThePacksAndAChapterEditRewritesThem() throws Exception {
        Path served = work.resolve("served");
        IncrementalBuild incremental = new IncrementalBuild(schemeFile, quiet);
        incremental.run(served);
        assertFalse(incremental.packsReused());

        edit("themes/default/templates/layout.ftl", "If you need support</h2>", "If you need support now</h2>");
        incremental.run(served);
        assertTrue(incremental.packsReused());

        edit("content/welcome.md", "Over the next few months", "Over the coming months");
        incremental.run(served);
        assertFalse(incremental.packsReused());
    }

    @Test
    void aBrokenEditKeepsTheLastGoodOutputAndTheFixRebuilds() throws Exception {
        Path served = work.resolve("served");
        IncrementalBuild incremental = new IncrementalBuild(schemeFile, quiet);
        incremental.run(served);
        Map<String, byte[]> good = files(served);

        edit("scheme.yml", "minutes: 60", "minutes: [sixty");
        assertThrows(ProblemException.class, () -> incremental.run(served));
        Map<String, byte[]> kept = files(served);
        assertEquals(good.keySet(), kept.keySet());
        for (String name : good.keySet()) assertTrue(Arrays.equals(good.get(name), kept.get(name)), name);

        edit("scheme.yml", "minutes: [sixty", "minutes: 75");
        incremental.run(served);
        assertNotEquals(ProjectSnapshot.Change.NONE, incremental.lastChange());
        assertFalse(Arrays.equals(good.get("meetings.html"), files(served).get("meetings.html")));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = project.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " should contain `" + from + "`");
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
    }
}
