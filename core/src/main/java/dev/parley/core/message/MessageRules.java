package dev.parley.core.message;

import dev.parley.core.Check;
import java.util.regex.Pattern;

/** What message input must look like. */
public final class MessageRules {
    public static final int CONTENT_MAX = 4000;
    public static final Pattern CLIENT_MSG_ID = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");
    public static final int PAGE_MAX = 100;
    public static final int PAGE_DEFAULT = 50;
    public static final int BULK_DELETE_MAX = 100;
    public static final int PINS_MAX = 50;
    public static final int REACTION_EMOJIS_MAX = 20;
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]|\\p{Cs}");

    private MessageRules() {
    }

    /** Content is 1 to 4,000 characters (code points), not only whitespace, stored as written. */
    static void content(Check check, String content) {
        check.require("content", content);
        if (content == null) {
            return;
        }
        int length = content.codePointCount(0, content.length());
        if (length < 1 || length > CONTENT_MAX) {
            check.fail("content", "must be 1 to " + CONTENT_MAX + " characters");
        } else if (content.isBlank()) {
            check.fail("content", "must not be blank");
        } else if (CONTROL.matcher(content).find()) {
            check.fail("content", "must not contain control characters other than tab and newline");
        }
    }
}
