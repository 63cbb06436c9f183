package org.flipside.plan;

import java.util.List;
import org.flipside.diagnostic.Location;

/**
 * One {@code content/NAME.md} file as read: its header (YAML front matter or a JBake header) and its
 * Markdown body, placeholders not yet resolved.
 *
 * @param name      the file name without {@code .md}: the chapter's slug
 * @param path      {@code content/NAME.md}, as messages name it
 * @param title     nullable: from the header
 * @param titleAt   where the title was written (for placeholder errors); nullable with {@code title}
 * @param order     nullable: where an appended chapter goes, smallest first
 * @param summary   nullable
 * @param summaryAt nullable with {@code summary}
 * @param audience  empty means everyone; else any of mentor, mentee, buddy, lead
 * @param body      the Markdown after the header, line endings normalised to {@code \n}
 * @param bodyLine  the line of the file on which {@code body} starts (1-based)
 */
record ContentFile(String name, String path, String title, Location titleAt, Integer order, String summary,
                   Location summaryAt, List<String> audience, String body, int bodyLine) {}
