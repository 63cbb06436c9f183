package org.flipside.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.diagnostic.ProblemException;
import org.flipside.plan.Download;
import org.flipside.plan.Plan;

/**
 * Bakes the handbook website with JBake: home, the plan's chapters, the built-in pages generated from the
 * scheme, search; then checks every link. The output works offline, from {@code file://} and under any path.
 */
public final class SiteBuilder {

    private SiteBuilder() {}

    /**
     * Writes the website into {@code outputDir} (an empty folder).
     *
     * @param themeDir  the theme's folder ({@code themes/default})
     * @param downloads the packs already written to {@code outputDir/downloads}, for the downloads page
     * @return the number of pages written
     * @throws ProblemException on template errors, broken links or unsafe content
     */
    public static int build(Plan plan, Path projectRoot, Path themeDir, Path outputDir, List<Download> downloads)
            throws ProblemException {
        return build(plan, projectRoot, themeDir, outputDir, downloads, SiteEngine.FAST);
    }

    /**
     * As {@link #build(Plan, Path, Path, Path, List)}, baking with the given content store: {@link SiteEngine#FAST}
     * (the default) or {@link SiteEngine#STOCK} (JBake's OrientDB store, for side-by-side benchmarks).
     */
    public static int build(Plan plan, Path projectRoot, Path themeDir, Path outputDir, List<Download> downloads,
                            SiteEngine engine) throws ProblemException {
        List<PageSpec> pages = Pages.of(plan);
        List<Problem> problems = new ArrayList<>(ContentCheck.check(plan, pages, projectRoot));
        if (!Files.isDirectory(themeDir.resolve("templates"))) {
            problems.add(Problem.error(Location.ofFile(themeDir.toString()),
                    "the theme folder has no `templates` folder", "restore themes/default from a fresh Flipside project"));
        }
        if (!problems.isEmpty()) throw new ProblemException(problems);
        try {
            Files.createDirectories(outputDir);
            String logoHref = copyLogo(plan, projectRoot, outputDir);
            // The downloads page is made last and waits for the packs; before it does, read the pages already
            // made for the link check and search index, which would otherwise run after the wait.
            List<Download> awaited = new ReadFirst<>(downloads, () -> PageFacts.readAhead(pages.stream()
                    .map(p -> outputDir.resolve(p.uri())).filter(Files::isRegularFile).toList()));
            SiteView site = new SiteView(plan, pages, awaited, logoHref);
            problems.addAll(Bake.run(engine, pages, site, themeDir, outputDir));
            if (!problems.isEmpty()) throw new ProblemException(problems);
            copyContentAssets(projectRoot.resolve("content"), outputDir);
            problems.addAll(indexAndCheck(pages, projectRoot, outputDir));
            if (!problems.isEmpty()) throw new ProblemException(problems);
            return pages.size();
        } catch (IOException e) {
            throw new ProblemException(Problem.error(Location.ofFile(outputDir.toString()),
                    "the website could not be written: " + e.getMessage(), "check the folder is writable and the disk is not full"));
        }
    }

    /**
     * Reads every baked page once, one at a time: the chapters in reading order go into the search index, and
     * every page's links are checked. Returns the broken links.
     */
    private static List<Problem> indexAndCheck(List<PageSpec> pages, Path projectRoot, Path outputDir) throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        for (PageSpec p : pages) if (p.sourceFile() != null) sources.put(p.uri(), p.sourceFile());
        LinkChecker links = new LinkChecker(outputDir, projectRoot, sources);
        Set<Path> read = new HashSet<>();
        try (SearchIndex index = new SearchIndex(outputDir)) {
            for (PageSpec p : pages) {
                Path file = outputDir.resolve(p.uri());
                if (!p.inNav() || !Files.isRegularFile(file)) continue;
                PageFacts facts = PageFacts.read(file);
                index.add(p, facts.search());
                links.check(file, facts);
                read.add(file);
            }
        }
        List<Path> others;
        try (Stream<Path> files = Files.walk(outputDir)) {
            others = files.filter(f -> f.toString().endsWith(".html") && !read.contains(f)).sorted().toList();
        }
        for (Path file : others) links.check(file, PageFacts.read(file));
        return links.problems();
    }

    /**
     * True when the website shows {@code a} and {@code b} alike: the same files, titles and descriptions, and
     * sizes that read the same ("354 KB"). Only the downloads page shows the packs, so a website baked with one
     * list is then byte for byte the website baked with the other.
     */
    public static boolean showsAlike(List<Download> a, List<Download> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            Download x = a.get(i);
            Download y = b.get(i);
            if (!x.fileName().equals(y.fileName()) || !x.title().equals(y.title()) || !x.description().equals(y.description())
                    || !CareViews.size(x.bytes()).equals(CareViews.size(y.bytes()))) {
                return false;
            }
        }
        return true;
    }

    /** Copies the organisation's logo to {@code images/logo.EXT}; returns its address, or null without a logo. */
    private static String copyLogo(Plan plan, Path projectRoot, Path outputDir) throws IOException, ProblemException {
        String logo = plan.scheme().organisation().logo();
        if (logo == null || logo.isBlank()) return null;
        Path root = projectRoot.toAbsolutePath().normalize();
        Path file = root.resolve(logo).normalize();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        Location where = plan.scheme().sources().locate("organisation.logo");
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            throw new ProblemException(Problem.error(where, "the logo `" + logo + "` is not a file inside the project folder",
                    "put the logo in content/assets and write its path, e.g. `content/assets/logo.png`"));
        }
        if (!List.of("png", "jpg", "jpeg", "svg").contains(ext)) {
            throw new ProblemException(Problem.error(where, "the logo `" + logo + "` is not a PNG, JPEG or SVG file",
                    "save the logo as PNG, JPEG or SVG"));
        }
        Path target = outputDir.resolve("images/logo." + ext);
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        return "images/logo." + ext;
    }

    /** Copies the files in {@code content/} that are not chapters (images and the like), keeping their paths. */
    private static void copyContentAssets(Path contentDir, Path outputDir) throws IOException {
        if (!Files.isDirectory(contentDir)) return;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentDir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !contentDir.relativize(f).toString().startsWith("."))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        try {
            for (Path f : files) {
                Path target = outputDir.resolve(contentDir.relativize(f).toString()).normalize();
                if (!target.startsWith(outputDir) || Files.exists(target)) continue;
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
