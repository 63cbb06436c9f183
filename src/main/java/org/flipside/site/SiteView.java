package org.flipside.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flipside.model.Organisation;
import org.flipside.model.Scheme;
import org.flipside.model.Support.Signpost;
import org.flipside.plan.Download;
import org.flipside.plan.Plan;

/**
 * What the templates read: {@link #common()} is shown on every page (organisation, navigation, footer,
 * colours), {@link #page(String)} is one page's own view (title, neighbours, contents, and the plan's data for
 * a built-in chapter). Built once per build from the plan; each page's view is made on first use.
 */
final class SiteView {

    private final Map<String, Object> common;
    private final Map<String, PageSpec> specsByUri = new LinkedHashMap<>();
    private final Chapters chapters;
    private final List<PageSpec> ordered;
    private final Sidebar sidebar;
    private final Map<String, Integer> navPosition = new LinkedHashMap<>();

    SiteView(Plan plan, List<PageSpec> pages, List<Download> downloads, String logoHref) {
        Scheme s = plan.scheme();
        Organisation org = s.organisation();
        ordered = pages.stream().filter(PageSpec::inNav).toList();
        PageSpec contents = pages.stream().filter(p -> p.type().equals(Pages.CONTENTS)).findFirst().orElse(null);
        sidebar = new Sidebar(ordered, contents != null);
        boolean hasPrivacy = pages.stream().anyMatch(p -> p.slug().equals("privacy"));
        common = View.map(
                "lang", org.language() == null || org.language().isBlank() ? "en-GB" : org.language(),
                "organisation", View.map("name", org.name(), "shortName", View.text(org.shortName()),
                        "logo", logoHref == null ? null : View.map("href", logoHref, "alt", org.name() + " logo")),
                "scheme", View.map("name", s.scheme().name(), "cohort", View.text(s.scheme().cohort())),
                "colours", BrandColours.properties(org.colours()),
                "navHeading", contents == null ? "All chapters" : "Chapters",
                "contents", contents == null ? null : View.map("href", contents.uri(),
                        "title", Pages.allChapters(ordered.size() - 1)),
                "supportHref", "support.html",
                "searchHref", "search.html",
                "privacyHref", hasPrivacy ? "privacy.html" : null,
                "contact", org.contact() == null ? null : View.map("email", View.text(org.contact().email()),
                        "intranet", View.text(org.contact().intranet())),
                "signposts", View.list(s.support().signposting(), SiteView::signpost));

        chapters = new Chapters(plan, pages, downloads);
        for (PageSpec p : pages) specsByUri.put(p.uri(), p);
        for (int i = 0; i < ordered.size(); i++) navPosition.put(ordered.get(i).uri(), i);
    }

    /**
     * One page's view, made when the page is rendered (not up front) so that a page waiting for other work
     * (the downloads page needs the packs' sizes) holds up only itself.
     */
    private Map<String, Object> view(PageSpec p, String introHtml) {
        int i = navPosition.getOrDefault(p.uri(), -1);
        PageSpec prev = i > 0 ? ordered.get(i - 1) : null;
        PageSpec next = i >= 0 && i + 1 < ordered.size() ? ordered.get(i + 1) : null;
        Map<String, Object> data = chapters.data(p, introHtml);
        if (p.type().equals(Pages.CONTENTS)) data.put("chapters", contentsEntries());
        @SuppressWarnings("unchecked")
        List<Object> toc = (List<Object>) data.getOrDefault("toc", List.of());
        List<Object> crumbs = new ArrayList<>();
        if (!p.slug().equals("index")) crumbs.add(View.map("title", "Home", "href", "index.html"));
        crumbs.add(View.map("title", p.title(), "current", Boolean.TRUE));
        return View.map(
                "slug", p.slug(), "title", p.title(), "summary", View.text(p.summary()), "type", p.type(),
                "href", p.uri(), "nav", sidebar.items(i), "intro", p.markdown() != null && !p.markdown().isBlank(),
                "audience", audience(p.audience()),
                "prev", prev == null ? null : View.map("title", prev.title(), "href", prev.uri()),
                "next", next == null ? null : View.map("title", next.title(), "href", next.uri()),
                "breadcrumbs", crumbs, "toc", toc, "showToc", toc.size() >= 3, "data", data);
    }

    /** Every page in reading order after the home page, for the contents page. */
    private List<Object> contentsEntries() {
        return View.list(ordered.subList(1, ordered.size()), p -> View.map("id", Sidebar.contentsId(p),
                "title", p.title(), "href", p.uri(), "summary", View.text(p.summary())));
    }

    /** "Mentors and scheme leads", or null when the page is for everyone. */
    static String audience(List<String> audience) {
        if (audience == null || audience.isEmpty() || audience.size() >= 4) return null;
        List<String> words = new ArrayList<>();
        for (String a : List.of("mentor", "mentee", "buddy", "lead")) {
            if (!audience.contains(a)) continue;
            words.add(switch (a) {
                case "mentor" -> "mentors";
                case "mentee" -> "mentees";
                case "buddy" -> "support buddies";
                default -> "scheme leads";
            });
        }
        return words.isEmpty() ? null : View.sentence(View.joinWords(words));
    }

    static Map<String, Object> signpost(Signpost sp) {
        String phone = View.text(sp.phone());
        return View.map("name", sp.name(), "description", View.text(sp.description()), "phone", phone,
                "tel", phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", ""),
                "email", View.text(sp.email()), "mailto", sp.email() == null ? null : "mailto:" + sp.email().strip(),
                "url", View.text(sp.url()), "checked", View.date(sp.checked()));
    }

    Map<String, Object> common() {
        return common;
    }

    /**
     * The view of the page baked to {@code uri}, or null when no page has that address. Made afresh on each call
     * and not kept: a handbook of thousands of pages would otherwise hold every page's view until the end.
     *
     * @param introHtml the page's Markdown as HTML (JBake's {@code content.body}); its headings join the page's contents
     */
    Map<String, Object> page(String uri, String introHtml) {
        PageSpec spec = specsByUri.get(uri);
        return spec == null ? null : view(spec, introHtml);
    }
}
