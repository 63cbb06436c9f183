package org.flipside.plan;

import java.util.List;

/**
 * One chapter of the handbook, in handbook order.
 *
 * @param slug       the chapter name, used for its file name ({@code slug.html}); lowercase letters, digits, '-'
 * @param title      from the front matter, else the built-in title
 * @param summary    nullable
 * @param audience   empty means everyone; else any of mentor, mentee, buddy, lead
 * @param markdown   nullable: the body of {@code content/slug.md}, front matter removed, placeholders resolved
 * @param generated  true for a built-in chapter whose content Flipside generates from the scheme
 * @param sourceFile nullable: {@code content/slug.md}, relative to the project root
 */
public record Chapter(String slug, String title, String summary, List<String> audience, String markdown,
                      boolean generated, String sourceFile) {}
