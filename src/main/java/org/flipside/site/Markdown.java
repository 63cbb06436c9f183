package org.flipside.site;

import java.util.ArrayList;
import java.util.List;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Markdown for the handbook (Flexmark, CommonMark with tables, strikethrough and autolinks).
 *
 * <p>Raw HTML in Markdown is <b>escaped</b>, not passed through or sanitised: the people who write
 * {@code content/*.md} are not web developers, escaping cannot be bypassed, and everything the handbook needs
 * (headings, lists, tables, links, images, emphasis) is plain Markdown. A {@code <b>} written in a chapter is
 * shown as text. Link targets are checked separately ({@link UrlPolicy}).
 */
final class Markdown {

    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                    AutolinkExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            .set(TablesExtension.CLASS_NAME, "table");
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();
    /**
     * One parse gives both the HTML and the link targets: a page needs both, and parsing is the costly part.
     * Sized to hold a whole build of a few thousand chapters: the link check asks for every chapter before the
     * bake renders any, so a smaller memo would drop each chapter before its second use and parse it twice.
     */
    private static final Memo<String, Rendered> RENDERED = new Memo<>(32_000_000, String::length);

    private record Rendered(String html, List<String> targets) {}

    /**
     * {@code markdown} with its line ends as {@code \n}, no blank lines before it and one line end after it:
     * Markdown reads the same either way, and the chapter's text (which the link check reads) and JBake's copy of
     * it (which the bake renders: the file's lines after the header, each ending in a line end) then meet in the
     * memo, so each chapter is parsed once. The same string when it already has that form.
     */
    static String canonical(String markdown) {
        String s = markdown.indexOf('\r') < 0 ? markdown : markdown.replace("\r\n", "\n").replace('\r', '\n');
        int start = 0;
        while (start < s.length() && s.charAt(start) == '\n') start++;
        int end = s.length();
        while (end > start && s.charAt(end - 1) == '\n') end--;
        if (start == 0 && end == s.length() - 1) return s;
        return s.substring(start, end) + "\n";
    }

    private Markdown() {}

    /** The HTML for {@code markdown}; an empty string for null. */
    static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        return rendered(markdown).html();
    }

    /** Every link and image target written in {@code markdown}, in order. */
    static List<String> linkTargets(String markdown) {
        if (markdown == null) return new ArrayList<>();
        return new ArrayList<>(rendered(markdown).targets());
    }

    private static Rendered rendered(String markdown) {
        return RENDERED.get(canonical(markdown), md -> {
            Document doc = PARSER.parse(md);
            List<String> urls = new ArrayList<>();
            for (Node node : doc.getDescendants()) {
                if (node instanceof LinkNodeBase link) urls.add(link.getUrl().toString());
                else if (node instanceof DelimitedLinkNode auto) urls.add(auto.getText().toString());
            }
            return new Rendered(RENDERER.render(doc), List.copyOf(urls));
        });
    }
}
