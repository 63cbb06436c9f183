package org.flipside.util;

/** HTML escaping for pages Flipside writes by hand (the matcher's report, the preview's error page). */
public final class Html {

    private Html() {}

    /**
     * Escapes {@code & < > " '} so that the value shows as text in element content and in quoted attributes.
     * A null value gives an empty string.
     */
    public static String escape(String value) {
        if (value == null) return "";
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
