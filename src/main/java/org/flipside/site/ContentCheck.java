package org.flipside.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Scheme;
import org.flipside.model.Support.Signpost;
import org.flipside.plan.Plan;

/**
 * Refuses link targets that could run code or leave the reader's control before anything is baked:
 * {@code javascript:} (or any scheme other than http, https, mailto and tel) in a chapter's Markdown or in a
 * web address written in scheme.yml.
 */
final class ContentCheck {

    private ContentCheck() {}

    static List<Problem> check(Plan plan, List<PageSpec> pages) {
        List<Problem> problems = new ArrayList<>();
        for (PageSpec p : pages) {
            for (String url : Markdown.linkTargets(p.markdown())) {
                if (!UrlPolicy.isAllowed(url)) {
                    String file = p.sourceFile() != null ? p.sourceFile() : "content/" + p.slug() + ".md";
                    problems.add(Problem.error(locate(file, url), "the link `" + url + "` uses `"
                                    + UrlPolicy.scheme(url) + ":`, which could run code in a reader's browser",
                            "link to a page of the handbook or to an http, https, mailto or tel address"));
                }
            }
        }
        Scheme s = plan.scheme();
        if (s.organisation().contact() != null) {
            checkUrl(problems, s, "organisation.contact.intranet", s.organisation().contact().intranet());
        }
        List<Signpost> signposts = s.support().signposting();
        for (int i = 0; i < signposts.size(); i++) {
            checkUrl(problems, s, "support.signposting[" + i + "].url", signposts.get(i).url());
        }
        return problems;
    }

    private static void checkUrl(List<Problem> problems, Scheme s, String path, String url) {
        if (url == null || url.isBlank()) return;
        String scheme = UrlPolicy.scheme(url);
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            problems.add(Problem.error(s.sources().locate(path), "`" + path + "` must be a web address starting with "
                    + "https:// or http://, not `" + url + "`", "write the full address, e.g. https://www.lawcare.org.uk"));
        }
    }

    /** Where {@code url} is written in {@code file}, found by searching its text; the whole file when not found. */
    private static Location locate(String file, String url) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                int col = lines.get(i).indexOf(url);
                if (col >= 0) return new Location(file, i + 1, col + 1);
            }
        } catch (IOException | RuntimeException e) {
            // The text came from somewhere we cannot read back: the file name alone will do.
        }
        return Location.ofFile(file);
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
