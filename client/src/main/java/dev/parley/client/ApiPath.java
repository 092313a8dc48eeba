package dev.parley.client;

import java.nio.charset.StandardCharsets;

/**
 * Builds paths under {@code /api/v1}. Numbers become decimal segments; strings are
 * percent-encoded as one path segment each (UTF-8), keeping only RFC 3986 unreserved characters
 * and {@code @} (for {@code @me}), so a username, invite code or emoji can never add a segment, a
 * query or a fragment, {@code +} is never read as a space, and {@code "."} or {@code ".."} cannot
 * climb the tree. A null or empty segment is refused: {@code /reactions//@me} or a trailing
 * {@code /reactions/} could be routed as a different, shorter path.
 */
final class ApiPath {
    static final String PREFIX = "/api/v1";
    /** The path segment that stands for the caller's own user id. */
    static final String ME = "@me";

    private static final String KEPT_PUNCTUATION = "-._~@";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ApiPath() {
    }

    /** {@code of("communities", 42L, "channels")} is {@code /api/v1/communities/42/channels}. */
    static String of(Object... segments) {
        StringBuilder path = new StringBuilder(PREFIX);
        for (Object segment : segments) {
            if (segment == null) {
                throw new NullPointerException("path segment after " + path + " is null");
            }
            path.append('/').append(segment instanceof String text ? encodeSegment(text) : String.valueOf(segment));
        }
        return path.toString();
    }

    static String encodeSegment(String segment) {
        if (segment.isEmpty()) {
            throw new IllegalArgumentException("a path segment must not be empty");
        }
        if (segment.equals(".") || segment.equals("..")) {
            return segment.replace(".", "%2E");
        }
        StringBuilder out = new StringBuilder(segment.length());
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (isAsciiLetterOrDigit(c) || (c < 0x80 && KEPT_PUNCTUATION.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
