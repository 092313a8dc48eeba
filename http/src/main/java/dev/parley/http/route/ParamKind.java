package dev.parley.http.route;

import dev.parley.core.Failure;
import dev.parley.protocol.error.ErrorCode;
import java.util.regex.Pattern;

/**
 * What a path parameter may hold, decided by its name so that every route agrees: {@code uid}
 * is a user id or {@code @me}; {@code code}, {@code username} and {@code emoji} (a percent-encoded
 * unicode emoji, decoded before the handler sees it; the use cases judge it) are text; every other
 * parameter is an id, a positive decimal 64-bit integer.
 */
public enum ParamKind {
    ID, USER, TEXT;

    public static final String ME = "@me";
    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,18}");

    public static ParamKind of(String name) {
        return switch (name) {
            case "uid" -> USER;
            case "code", "username", "emoji" -> TEXT;
            default -> ID;
        };
    }

    /** @throws Failure MALFORMED_ID unless {@code raw} is valid for this kind */
    public void check(String name, String raw) {
        switch (this) {
            case ID -> parseId(name, raw);
            case USER -> {
                if (!ME.equals(raw)) {
                    parseId(name, raw);
                }
            }
            case TEXT -> {
                if (raw == null || raw.isEmpty()) {
                    throw Failure.of(ErrorCode.MALFORMED_ID, "Path parameter " + name + " must not be empty.");
                }
            }
        }
    }

    /** A positive decimal long. @throws Failure MALFORMED_ID otherwise */
    public static long parseId(String name, String raw) {
        if (raw != null && DIGITS.matcher(raw).matches()) {
            try {
                return Long.parseLong(raw);
            } catch (NumberFormatException tooLarge) {
                // falls through to the failure
            }
        }
        String also = ParamKind.of(name) == USER ? " or @me" : "";
        throw Failure.of(ErrorCode.MALFORMED_ID, "Path parameter " + name + " must be a positive decimal id" + also + ".");
    }
}
