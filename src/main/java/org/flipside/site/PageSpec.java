package org.flipside.site;

/**
 * One page of the website before it is baked.
 *
 * @param slug       the page's name; its file is {@code slug.html} ({@code index.html} for the home page)
 * @param type       JBake's document type, which picks the template ({@code type.ftl}): {@code home},
 *                   {@code chapter} for a Markdown chapter, {@code search}, or the built-in chapter's name
 * @param markdown   the chapter's Markdown (for a built-in chapter, its introduction); may be null
 * @param sourceFile where the Markdown came from, relative to the project root; may be null
 * @param audience   who the chapter is mainly for ({@code mentor}, {@code mentee}, {@code buddy}, {@code lead});
 *                   empty for everyone
 * @param inNav      false for pages outside the chapter order (search)
 */
record PageSpec(String slug, String title, String summary, String type, String markdown, String sourceFile,
                java.util.List<String> audience, boolean inNav) {

    String uri() {
        return slug + ".html";
    }
}
