package org.flipside.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.flipside.plan.Download;
import org.flipside.plan.Plan;

/** Picks the view of the plan each page shows, and the page's in-page contents list. */
final class Chapters {

    private final Plan plan;
    private final Set<String> slugs = new HashSet<>();
    private final List<Download> downloads;

    Chapters(Plan plan, List<PageSpec> pages, List<Download> downloads) {
        this.plan = plan;
        this.downloads = downloads == null ? List.of() : downloads;
        for (PageSpec p : pages) slugs.add(p.slug());
    }

    /** A link to {@code slug.html#fragment}, or null when the handbook has no such page. */
    String href(String slug, String fragment) {
        if (!slugs.contains(slug)) return null;
        return slug + ".html" + (fragment == null ? "" : "#" + fragment);
    }

    Plan plan() {
        return plan;
    }

    Map<String, Object> data(PageSpec page) {
        Sections sections = new Sections();
        for (Element h2 : Jsoup.parseBodyFragment(Markdown.toHtml(page.markdown())).select("h2[id]")) {
            sections.add(h2.id(), h2.text());
        }
        Map<String, Object> data = switch (page.type()) {
            case "home" -> SchemeViews.home(this, sections);
            case "purpose" -> SchemeViews.purpose(this, sections);
            case "people" -> SchemeViews.people(this, sections);
            case "matching" -> SchemeViews.matching(this, sections);
            case "privacy" -> SchemeViews.privacy(this, sections);
            case "timeline" -> ScheduleViews.timeline(this, sections);
            case "meetings" -> ScheduleViews.meetings(this, sections);
            case "themes" -> ScheduleViews.themes(this, sections);
            case "community" -> ScheduleViews.community(this, sections);
            case "diary" -> ScheduleViews.diary(this, sections);
            case "agreement" -> CareViews.agreement(this, sections);
            case "support" -> CareViews.support(this, sections);
            case "evaluation" -> CareViews.evaluation(this, sections);
            case "next-steps" -> CareViews.nextSteps(this, sections);
            case "downloads" -> CareViews.downloads(this, downloads, sections);
            default -> View.map();
        };
        data.put("toc", sections.list());
        data.put("heading", sections.titles());
        return data;
    }

    /** The headings of a page in order: {@code toc} lists them, {@code heading[id]} gives a heading's text. */
    static final class Sections {
        private final List<Object> list = new ArrayList<>();
        private final Map<String, Object> titles = new java.util.LinkedHashMap<>();

        Sections add(String id, String title) {
            if (!titles.containsKey(id)) {
                titles.put(id, title);
                list.add(View.map("id", id, "title", title));
            }
            return this;
        }

        List<Object> list() {
            return list;
        }

        Map<String, Object> titles() {
            return titles;
        }
    }
}
