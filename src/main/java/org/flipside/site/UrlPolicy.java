package org.flipside.site;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which link targets the handbook may carry: relative links inside the site, and {@code http}, {@code https},
 * {@code mailto} and {@code tel}. Anything else ({@code javascript:}, {@code data:}, {@code vbscript:},
 * {@code file:} ...) can run code or reach outside the handbook, and is refused.
 */
final class UrlPolicy {

    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{Cntrl}]");
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");

    private UrlPolicy() {}

    /** The scheme of {@code url} in lower case, ignoring the spaces and control characters browsers ignore; null when relative. */
    static String scheme(String url) {
        // Most links in a page are relative (every page links every chapter): no colon, no scheme, no regex.
        if (url == null || url.indexOf(':') < 0) return null;
        String compact = IGNORED.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        int colon = compact.indexOf(':');
        if (colon <= 0) return null;
        String scheme = compact.substring(0, colon);
        return SCHEME.matcher(scheme).matches() ? scheme : null;
    }

    static boolean isAllowed(String url) {
        String scheme = scheme(url);
        return scheme == null || scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")
                || scheme.equals("tel");
    }

    /** True for a link that leaves the site (any scheme at all, or a protocol-relative {@code //host}). */
    static boolean isExternal(String url) {
        return scheme(url) != null || url.strip().startsWith("//");
    }
}
