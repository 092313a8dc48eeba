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
        } else if (hasControl(content)) {
            check.fail("content", "must not contain control characters other than tab and newline");
        }
    }

    /**
     * True when the text holds a control character other than tab, newline and carriage return
     * (U+0000 to U+001F, U+007F) or half of a surrogate pair. A loop rather than a regular
     * expression: every send checks its whole content.
     */
    static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F || Character.getType(c) == Character.SURROGATE) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
