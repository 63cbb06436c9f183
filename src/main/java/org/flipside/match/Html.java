package org.flipside.match;

/** Escaping for the report: every value that came from a person or the scheme passes through {@link #text}. */
final class Html {

    private Html() {}

    /** Escapes {@code & < > " '} so the value is shown as text in element content and in quoted attributes. */
    static String text(String value) {
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
