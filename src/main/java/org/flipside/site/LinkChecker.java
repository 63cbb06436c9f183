package org.flipside.site;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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
    private final ParsedPages parsed;

    /** @param sourceOf the file each page's text came from ({@code content/x.md}), by page address */
    LinkChecker(Path root, Path projectRoot, Map<String, String> sourceOf, ParsedPages parsed) {
        this.root = root.toAbsolutePath().normalize();
        this.projectRoot = projectRoot;
        this.sourceOf = sourceOf;
        this.parsed = parsed;
    }

    List<Problem> check() throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(root)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            String uri = root.relativize(page).toString().replace('\\', '/');
            Document doc = parse(page);
            for (Element e : doc.select("[href], [src], form[action]")) {
                String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action";
                String problem = problemWith(page, e.tagName(), e.attr(attr));
                if (problem != null) {
                    String source = sourceOf.get(uri);
                    Location where = source == null ? Location.ofFile("the website")
                            : SourceText.locate(projectRoot, source, e.attr(attr));
                    problems.add(Problem.error(where, "`" + uri + "`: " + problem,
                            "correct or remove the link"));
                }
            }
        }
        if (problems.size() > MAX_PROBLEMS) {
            int more = problems.size() - MAX_PROBLEMS;
            problems = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
            problems.add(Problem.error(Location.ofFile("the website"), "and " + more + " more broken links", ""));
        }
        return problems;
    }

    /** What is wrong with {@code url} on {@code page}, or null when it is fine. */
    private String problemWith(Path page, String tag, String url) throws IOException {
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
            if (!target.startsWith(root) || !Files.isRegularFile(target)) {
                return "the link `" + raw + "` leads to a page or file that does not exist";
            }
        }
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
            String id = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (!ids(target).contains(id)) {
                return "the link `" + raw + "` points to `#" + id + "`, which is not on "
                        + (pathPart.isEmpty() ? "this page" : "that page");
            }
        }
        return null;
    }

    private Set<String> ids(Path file) throws IOException {
        Set<String> ids = idsByFile.get(file);
        if (ids == null) {
            ids = new HashSet<>();
            Document doc = parse(file);
            for (Element e : doc.select("[id]")) ids.add(e.id());
            for (Element e : doc.select("a[name]")) ids.add(e.attr("name"));
            idsByFile.put(file, ids);
        }
        return ids;
    }

    private Document parse(Path file) throws IOException {
        return parsed.get(file);
    }
}
