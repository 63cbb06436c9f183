package org.flipside.cli;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes user text as a YAML scalar that reads back as exactly that text. */
final class YamlText {

    /** Text that YAML reads as a plain string: starts with a letter or digit, no ': ', ' #', quotes or escapes. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .,!?()'’–—/&_-]*");
    private static final Pattern LOOKS_TYPED = Pattern.compile("[-+]?[0-9][0-9_.:eE+-]*|0x[0-9a-fA-F]+|0o[0-7]+");
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~");

    private YamlText() {}

    /**
     * The text as written when that is safe ({@code Harbour Vale LLP}), else double-quoted with escapes
     * ({@code "Calder & Wren: \"LLP\""}). Never plain when YAML would read a number, a date, a boolean or null.
     */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !text.endsWith(" ")
                && !LOOKS_TYPED.matcher(text).matches()
                && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        return quoted(text);
    }

    /** Always double-quoted, escaping backslashes, quotes and control characters. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\ufeff') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
