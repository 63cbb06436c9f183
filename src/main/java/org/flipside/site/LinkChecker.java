package org.flipside.site;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;

/**
 * Checks every link in the baked site: each internal link and {@code #anchor} must lead somewhere, every
 * address must be relative (so the folder works from {@code file://}, a server root or any sub-path), nothing
 * may load from outside the site, and no link may use a scheme that runs code ({@code javascript:}).
 */
final class LinkChecker {

    static final int MAX_PROBLEMS = 100;

    private final Path root;
    private final Path projectRoot;
    private final Map<String, String> sourceOf;
    private final Map<Path, Set<String>> idsByFile = new HashMap<>();
    private final Map<Path, Boolean> isFile = new HashMap<>();
    private final List<Found> found = new ArrayList<>();
    /** Links to an anchor on a page not read yet: checked when every page has been. */
    private final List<Deferred> deferred = new ArrayList<>();

    /** A problem on a page; {@code index} is the link's position on it, to report problems in page order. */
    private record Found(Path page, int index, Problem problem) {}

    private record Deferred(Path page, int index, PageFacts.Link link) {}

    /** @param sourceOf the file each page's text came from ({@code content/x.md}), by page address */
    LinkChecker(Path root, Path projectRoot, Map<String, String> sourceOf) {
        this.root = root.toAbsolutePath().normalize();
        this.projectRoot = projectRoot;
        this.sourceOf = sourceOf;
    }

    /** Checks the links of one baked page, given its facts; links into pages not read yet wait for them. */
    void check(Path page, PageFacts facts) throws IOException {
        Path file = page.toAbsolutePath().normalize();
        idsByFile.put(file, facts.ids());
        List<PageFacts.Link> links = facts.links();
        for (int i = 0; i < links.size(); i++) {
            PageFacts.Link link = links.get(i);
            String problem = problemWith(file, link.tag(), link.url(), false);
            if (problem == WAIT) deferred.add(new Deferred(file, i, link));
            else if (problem != null) report(file, i, link, problem);
        }
    }

    /**
     * Every problem found, by page (in path order) and in order on each page, after checking the links that
     * waited; capped at {@link #MAX_PROBLEMS} with a last line counting the rest.
     */
    List<Problem> problems() throws IOException {
        for (Deferred d : deferred) {
            String problem = problemWith(d.page(), d.link().tag(), d.link().url(), true);
            if (problem != null) report(d.page(), d.index(), d.link(), problem);
        }
        deferred.clear();
        found.sort(Comparator.comparing(Found::page).thenComparingInt(Found::index));
        List<Problem> problems = new ArrayList<>();
        for (Found f : found) problems.add(f.problem());
        if (problems.size() > MAX_PROBLEMS) {
            int more = problems.size() - MAX_PROBLEMS;
            problems = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
            problems.add(Problem.error(Location.ofFile("the website"), "and " + more + " more broken links", ""));
        }
        return problems;
    }

    private void report(Path page, int index, PageFacts.Link link, String problem) {
        String uri = root.relativize(page).toString().replace('\\', '/');
        String source = sourceOf.get(uri);
        Location where = source == null ? Location.ofFile("the website") : SourceText.locate(projectRoot, source, link.url());
        found.add(new Found(page, index, Problem.error(where, "`" + uri + "`: " + problem, "correct or remove the link")));
    }

    /** Says that a link's anchor is on a page not read yet; compared by identity, so no message can be taken for it. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String WAIT = new String("wait");

    /**
     * What is wrong with {@code url} on {@code page}, or null when it is fine; {@link #WAIT} when it points to an
     * anchor on a page not read yet, unless {@code readTarget}, which reads that page.
     */
    private String problemWith(Path page, String tag, String url, boolean readTarget) throws IOException {
        String raw = url.strip();
        if (!UrlPolicy.isAllowed(raw)) {
            return "the link `" + raw + "` uses `" + UrlPolicy.scheme(raw) + ":`, which is not allowed in the handbook";
        }
        if (UrlPolicy.isExternal(raw)) {
            boolean loads = !tag.equals("a") && !tag.equals("form");
            return loads ? "`" + raw + "` would load a file from outside the handbook; put it in content/assets instead" : null;
        }
        if (raw.startsWith("/")) return "the link `" + raw + "` starts with `/`, so it breaks when the site is not at a server root";
        if (raw.isEmpty()) return "a link has no address";
        int hash = raw.indexOf('#');
        String pathPart = hash < 0 ? raw : raw.substring(0, hash);
        String fragment = hash < 0 ? null : raw.substring(hash + 1);
        int query = pathPart.indexOf('?');
        if (query >= 0) pathPart = pathPart.substring(0, query);
        Path target = page;
        if (!pathPart.isEmpty()) {
            target = page.getParent().resolve(URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8))
                    .normalize();
            if (!target.startsWith(root) || !isFile.computeIfAbsent(target, Files::isRegularFile)) {
                return "the link `" + raw + "` leads to a page or file that does not exist";
            }
        }
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
            String id = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
            Set<String> ids = idsByFile.get(target);
            if (ids == null && !readTarget) return WAIT;
            if (ids == null) ids = PageFacts.read(target).ids();
            if (!ids.contains(id)) {
                return "the link `" + raw + "` points to `#" + id + "`, which is not on "
                        + (pathPart.isEmpty() ? "this page" : "that page");
            }
        }
        return null;
    }
}
