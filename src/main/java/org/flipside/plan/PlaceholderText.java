package org.flipside.plan;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.model.Scheme;
import org.flipside.scheme.Placeholders;
import org.flipside.util.Suggestions;

/**
 * Resolves {@code ${path.to.value}} in the text of {@code content/*.md}, reporting each unknown or unclosed
 * placeholder at its own line and column. Values come from {@link Placeholders#lookup}, so the same paths
 * work as in scheme.yml; nothing but scheme values can be read. {@code \${...}} is left as written (Markdown
 * shows it as {@code ${...}}), for a chapter that explains placeholders; so does {@code $${...}}, written as
 * {@code ${...}}, the escape scheme.yml uses.
 */
final class PlaceholderText {

    /** Characters with a meaning in Markdown, backslash-escaped in inserted values (CommonMark allows it for any ASCII punctuation). */
    private static final String MARKDOWN_SPECIALS = "\\`*_{}[]()#+-.!|~^=$";

    private final Scheme scheme;
    private final List<Problem> problems;
    private List<String> known;

    PlaceholderText(Scheme scheme, List<Problem> problems) {
        this.scheme = scheme;
        this.problems = problems;
    }

    /** {@code text} with every placeholder replaced by its value escaped for Markdown ({@link #literalMarkdown}). */
    String markdown(String text, String file, int firstLine) {
        return resolve(text, file, firstLine, 1, PlaceholderText::literalMarkdown);
    }

    /** {@code text} with every placeholder replaced by its plain value; {@code at} is where the text starts. */
    String plain(String text, Location at) {
        if (text == null) return null;
        return resolve(text, at.file(), at.line(), Math.max(1, at.column()), UnaryOperator.identity());
    }

    /**
     * A scheme value made safe to insert into Markdown: whitespace (line breaks too) collapsed to single
     * spaces so it cannot start a heading, list or code block; Markdown punctuation backslash-escaped so it
     * cannot become emphasis or a link; and {@code <}, {@code >}, {@code &} written as entities so that a
     * value like {@code <script>} stays visible text and never becomes markup.
     */
    static String literalMarkdown(String value) {
        String flat = value.strip().replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder(flat.length() + 16);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (MARKDOWN_SPECIALS.indexOf(c) >= 0) out.append('\\');
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    private String resolve(String text, String file, int line, int column, UnaryOperator<String> escape) {
        if (!text.contains("${")) return text;
        StringBuilder out = new StringBuilder(text.length());
        int col = column;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append(c);
                line++;
                col = 1;
                i++;
                continue;
            }
            if (c == '$' && text.startsWith("$${", i)) {
                // `$${` is the literal `${`, as in scheme.yml.
                out.append("${");
                col += 3;
                i += 3;
                continue;
            }
            boolean opens = c == '$' && text.startsWith("${", i) && (i == 0 || text.charAt(i - 1) != '\\');
            if (!opens) {
                out.append(c);
                col++;
                i++;
                continue;
            }
            int close = closing(text, i + 2);
            Location at = new Location(file, line, col);
            if (close < 0) {
                problems.add(Problem.error(at, "A placeholder starts here with `${` but is not closed with `}` on the same line.",
                        "Write it as `${path.to.value}`, for example `${scheme.name}`, or write `$${` to show it as it is."));
                out.append("${");
                col += 2;
                i += 2;
                continue;
            }
            String written = text.substring(i, close + 1);
            String path = text.substring(i + 2, close).strip();
            Optional<String> value = path.isEmpty() ? Optional.empty() : Placeholders.lookup(scheme, path);
            if (value.isPresent()) {
                out.append(escape.apply(value.get()));
            } else {
                problems.add(unknown(at, written, path));
                out.append(written);
            }
            col += written.length();
            i = close + 1;
        }
        return out.toString();
    }

    private static int closing(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '}') return j;
            if (c == '\n') return -1;
        }
        return -1;
    }

    private Problem unknown(Location at, String written, String path) {
        if (known == null) known = Placeholders.knownPaths(scheme);
        String hint = Suggestions.closest(path, known).map(s -> "Did you mean `${" + s + "}`? ").orElse("");
        return Problem.error(at, "`" + written + "` is not a known value.",
                hint + "A placeholder names a value of scheme.yml by its keys, for example `${scheme.name}` or `${meetings.count}`.");
    }
}
