package org.flipside.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a request path into a file inside the preview folder, or nothing. Anything that could reach
 * outside the folder is refused rather than repaired: {@code ..} and {@code .} segments (plain or
 * percent-encoded), encoded slashes and backslashes, NUL bytes, drive letters, malformed escapes.
 */
final class SafePath {

    private SafePath() {}

    /**
     * @param root    the preview folder, absolute and normalised
     * @param rawPath the request path exactly as sent (still percent-encoded), starting with {@code /}
     * @return the file or folder the path names inside {@code root} (it may not exist); empty when refused
     */
    static Optional<Path> resolve(Path root, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) return Optional.empty();
        String lower = rawPath.toLowerCase(Locale.ROOT);
        // An encoded separator would let one segment name two levels; no page of ours needs one.
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) return Optional.empty();
        String decoded = percentDecode(rawPath);
        if (decoded == null || decoded.indexOf('\0') >= 0 || decoded.indexOf('\\') >= 0) return Optional.empty();
        Path current = root;
        for (String segment : decoded.split("/", -1)) {
            if (segment.isEmpty()) continue;
            if (segment.equals(".") || segment.equals("..") || segment.indexOf(':') >= 0) return Optional.empty();
            current = current.resolve(segment);
        }
        Path normal = current.normalize();
        return normal.startsWith(root) ? Optional.of(normal) : Optional.empty();
    }

    /** Decodes {@code %XX} escapes once, as UTF-8; null when an escape or the UTF-8 is malformed. */
    static String percentDecode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) return null;
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) return null;
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
