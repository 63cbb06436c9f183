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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flipside.diagnostic.ProblemException;
import org.flipside.util.OutputFolder;
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

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "content/welcome.md | Over the next few months | Over the coming months | CONTENT | welcome.html | handbook",
            "content/welcome.md | title: Welcome | title: Welcome to the scheme | CONTENT | about.html | handbook",
            "scheme.yml | name: Calder & Wren Reverse Mentoring | name: Calder & Wren Mentoring Exchange | SCHEME | index.html | ALL",
            "scheme.yml | minutes: 60 | minutes: 75 | SCHEME | meetings.html | ALL",
            "themes/default/templates/layout.ftl | <h2 class=\"site-footer__heading\">If you need support</h2> | <h2 class=\"site-footer__heading\">If you need support today</h2> | THEME | faq.html | ''"})
    void rebuildAfterAnEditEqualsACleanBuild(String file, String from, String to, ProjectSnapshot.Change kind,
                                             String pageShowingIt, String packsWritten) throws Exception {
        for (boolean websiteFirst : List.of(false, true)) {
            Path served = work.resolve("served-" + websiteFirst);
            IncrementalBuild incremental = new IncrementalBuild(schemeFile, quiet);
            incremental.run(served);
            Map<String, byte[]> before = files(served);
            List<String> allPacks = incremental.packsWritten();

            edit(file, from, to);
            List<Map<String, byte[]>> shownFirst = new ArrayList<>();
            incremental.run(served, websiteFirst ? website -> shownFirst.add(uncheckedFiles(served)) : null);
            assertEquals(kind, incremental.lastChange());
            assertEquals(packsWritten.equals("ALL") ? allPacks : packsWritten.isEmpty() ? List.of() : List.of(packsWritten),
                    incremental.packsWritten());

            assertSameAsACleanBuild(served);
            assertFalse(Arrays.equals(before.get(pageShowingIt), files(served).get(pageShowingIt)),
                    pageShowingIt + " should show the edit");

            // serve shows the website first when packs must be written again: with the edit, and the packs shown before;
            // then the new packs, with the website again only when its downloads page shows them differently.
            assertEquals(websiteFirst && !packsWritten.isEmpty() ? 1 : 0, shownFirst.size());
            List<String> swaps = incremental.lastSwaps();
            assertEquals(shownFirst.isEmpty() ? List.of("everything") : List.of("website",
                    Arrays.equals(shownFirst.get(0).get("downloads.html"), files(served).get("downloads.html")) ? "packs" : "everything"),
                    swaps);
            for (Map<String, byte[]> first : shownFirst) {
                assertEquals(files(served).get(pageShowingIt).length, first.get(pageShowingIt).length);
                assertTrue(Arrays.equals(files(served).get(pageShowingIt), first.get(pageShowingIt)));
                for (String name : before.keySet()) {
                    if (name.startsWith("downloads/")) assertTrue(Arrays.equals(before.get(name), first.get(name)), name);
                }
                assertEquals(before.keySet(), first.keySet());
            }
            edit(file, to, from);
        }
    }

    @Test
    void theWebsiteFirstListsThePacksItShows() throws Exception {
        Path served = work.resolve("served");
        IncrementalBuild incremental = new IncrementalBuild(schemeFile, quiet);
        incremental.run(served);

        edit("scheme.yml", "name: Calder & Wren Reverse Mentoring", "name: Calder & Wren Mentoring Exchange");
        List<String> shownFirst = new ArrayList<>();
        incremental.run(served, website -> shownFirst.add(uncheckedRead(served.resolve("downloads.html"))));
        // The calendar's description names the scheme: first as the calendar still shown, then as the new one.
        assertEquals(1, shownFirst.size());
        assertTrue(shownFirst.get(0).contains("event of Calder &amp; Wren Reverse Mentoring ("));
        assertTrue(shownFirst.get(0).contains("<title>Downloads · Calder &amp; Wren Mentoring Exchange"),
                "the rest of the page shows the edit");
        String last = Files.readString(served.resolve("downloads.html"));
        assertTrue(last.contains("event of Calder &amp; Wren Mentoring Exchange ("));
        assertFalse(last.contains("Reverse Mentoring"));
        assertEquals(List.of("website", "everything"), incremental.lastSwaps());
    }

    @Test
    void newPacksTheWebsiteShowsAlikeAreSwappedInWithoutBakingItAgain() throws Exception {
        Path served = work.resolve("served");
        IncrementalBuild incremental = new IncrementalBuild(schemeFile, quiet);
        incremental.run(served);
        long handbookBefore = Files.size(served.resolve("downloads/handbook.pdf"));

        edit("content/welcome.md", "Over the next few months", "Over the coming months");
        incremental.run(served, website -> { });
        assertNotEquals(handbookBefore, Files.size(served.resolve("downloads/handbook.pdf")), "a new handbook");
        assertEquals(List.of("website", "packs"), incremental.lastSwaps(), "its size reads the same, in KB");
        assertSameAsACleanBuild(served);
    }

    @Test
    void aBrokenLinkInTheWebsiteFirstKeepsTheLastOutputAndTheFixRebuilds() throws Exception {
        Path served = work.resolve("served");
        IncrementalBuild incremental = new IncrementalBuild(schemeFile, quiet);
        incremental.run(served);
        Map<String, byte[]> good = files(served);

        edit("content/welcome.md", "Over the next few months", "Over the [next](missing-page.html) few months");
        List<String> calls = new ArrayList<>();
        ProblemException problems = assertThrows(ProblemException.class,
                () -> incremental.run(served, website -> calls.add("website")));
        assertEquals(List.of("`welcome.html`: the link `missing-page.html` leads to a page or file that does not exist"),
                problems.errors().stream().map(p -> p.message()).toList());
        assertEquals(List.of(), calls);
        assertSameFiles(good, files(served));

        edit("content/welcome.md", "Over the [next](missing-page.html) few months", "Over the coming months");
        incremental.run(served, website -> calls.add("website"));
        assertEquals(List.of("website"), calls);
        assertSameAsACleanBuild(served);
    }

    @Test
    void aLogoEditRewritesThePacksThatPrintIt() throws Exception {
        Path served = work.resolve("served");
        IncrementalBuild incremental = new IncrementalBuild(schemeFile, quiet);
        incremental.run(served);
        List<String> allPacks = incremental.packsWritten();
        java.awt.image.BufferedImage square = new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(square, "png", project.resolve("content/assets/logo.png").toFile());
        incremental.run(served);
        assertEquals(ProjectSnapshot.Change.OTHER, incremental.lastChange());
        assertEquals(allPacks, incremental.packsWritten());
        assertSameAsACleanBuild(served);
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

    /** {@code served} holds exactly the files a clean build of the project as it is now writes. */
    private void assertSameAsACleanBuild(Path served) throws Exception {
        Path clean = work.resolve("clean");
        HandbookBuild.run(schemeFile, clean, quiet);
        assertSameFiles(files(clean), files(served));
        OutputFolder.deleteTree(clean);
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertTrue(Arrays.equals(expected.get(name), actual.get(name)), name + " differs from a clean build");
        }
    }

    private static Map<String, byte[]> uncheckedFiles(Path root) {
        try {
            return files(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String uncheckedRead(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
