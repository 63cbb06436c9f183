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

    /** @param introHtml the page's Markdown as HTML, already made by the bake; null or empty without Markdown */
    Map<String, Object> data(PageSpec page, String introHtml) {
        Sections intro = new Sections();
        String html = introHtml == null ? "" : introHtml;
        for (Element h2 : html.contains("<h2") ? Jsoup.parseBodyFragment(html).select("h2[id]") : List.<Element>of()) {
            intro.add(h2.id(), h2.text());
        }
        Sections generated = new Sections();
        Map<String, Object> data = generated(page, generated);
        // The support page shows its contacts before the introduction: someone in distress needs them first.
        boolean contactsFirst = page.type().equals("support");
        Sections sections = new Sections();
        for (Sections part : contactsFirst ? List.of(generated, intro) : List.of(intro, generated)) {
            for (Object entry : part.list()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> e = (Map<String, Object>) entry;
                sections.add((String) e.get("id"), (String) e.get("title"));
            }
        }
        data.put("toc", sections.list());
        data.put("heading", sections.titles());
        data.put("introLast", contactsFirst);
        return data;
    }

    private Map<String, Object> generated(PageSpec page, Sections sections) {
        return switch (page.type()) {
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
