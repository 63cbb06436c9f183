package org.flipside.serve;

import org.flipside.util.Html;

import org.flipside.diagnostic.Problem;

/**
 * The page every HTML request gets while the scheme cannot be built: every error with its place in the
 * file and the fix, instead of a stale or blank handbook. Standalone (no theme, no outside requests) so
 * that it works whatever is broken, and accessible: a heading, a numbered list, readable contrast.
 */
final class ErrorPage {

    private ErrorPage() {}

    static String render(BuildState state) {
        StringBuilder html = new StringBuilder(2048);
        int count = state.problems().size() + (state.failure() == null ? 0 : 1);
        String heading = state.failure() != null && state.problems().isEmpty()
                ? "The preview could not be built"
                : count == 1 ? "1 problem stops the handbook from building" : count + " problems stop the handbook from building";
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .append("<title>").append(Html.escape(heading)).append(" — Flipside preview</title>\n")
            .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
            .append("<main class=\"flipside-errors\" aria-labelledby=\"flipside-errors-heading\">\n")
            .append("<h1 id=\"flipside-errors-heading\">").append(Html.escape(heading)).append("</h1>\n")
            .append("<p>Fix ").append(count == 1 ? "it" : "them")
            .append(" in your editor and save: this page updates by itself. The terminal running ")
            .append("<code>flipside serve</code> shows the same list.</p>\n<ol>\n");
        for (Problem p : state.problems()) {
            html.append("<li><p class=\"where\"><code>").append(Html.escape(p.location().toString())).append("</code></p>\n")
                .append("<p class=\"what\">").append(withCode(p.message())).append("</p>\n");
            if (!p.fix().isEmpty()) {
                html.append("<p class=\"fix\"><strong>Fix:</strong> ").append(withCode(p.fix())).append("</p>\n");
            }
            html.append("</li>\n");
        }
        if (state.failure() != null) {
            html.append("<li><p class=\"what\">Something went wrong that is not a problem with your scheme: ")
                .append(Html.escape(state.failure())).append("</p>\n")
                .append("<p class=\"fix\"><strong>Fix:</strong> save again to retry; if it keeps happening, ")
                .append("stop <code>flipside serve</code> and run it with <code>--verbose</code>, then report what it prints.</p></li>\n");
        }
        html.append("</ol>\n</main>\n").append(LiveReload.tag(state.version())).append("\n</body>\n</html>\n");
        return html.toString();
    }

    /** Escapes the text and shows the {@code `key`} spans that messages use for keys and values as code. */
    static String withCode(String text) {
        String[] parts = text.split("`", -1);
        if (parts.length % 2 == 0) return Html.escape(text); // an unpaired backtick: show it as written
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1) out.append("<code>").append(Html.escape(parts[i])).append("</code>");
            else out.append(Html.escape(parts[i]));
        }
        return out.toString();
    }


    private static final String STYLE = """
            :root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--edge:#b3261e;--soft:#fdf1f0}
            @media (prefers-color-scheme:dark){:root{--bg:#1b1b1b;--fg:#f3f3f3;--edge:#ff8a80;--soft:#2a1f1e}}
            body{margin:0;background:var(--bg);color:var(--fg);font:1.05rem/1.5 system-ui,sans-serif}
            main{max-width:48rem;margin:0 auto;padding:1.5rem}
            h1{font-size:1.5rem;border-left:.4rem solid var(--edge);padding-left:.75rem}
            ol{padding-left:1.5rem}li{margin:0 0 1rem;padding:.5rem .75rem;background:var(--soft);border-radius:.25rem}
            li p{margin:.25rem 0}code{font:0.95em ui-monospace,monospace;overflow-wrap:anywhere}
            .what{overflow-wrap:anywhere;white-space:pre-wrap}
            """;
}
