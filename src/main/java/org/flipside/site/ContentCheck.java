package org.flipside.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    static List<Problem> check(Plan plan, List<PageSpec> pages, Path projectRoot) {
        List<Problem> problems = new ArrayList<>();
        for (PageSpec p : pages) {
            for (String url : Markdown.linkTargets(p.markdown())) {
                if (!UrlPolicy.isAllowed(url)) {
                    String file = p.sourceFile() != null ? p.sourceFile() : "content/" + p.slug() + ".md";
                    problems.add(Problem.error(SourceText.locate(projectRoot, file, url), "the link `" + url + "` uses `"
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

}
