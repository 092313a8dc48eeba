package dev.parley.core.message;

import java.util.regex.Pattern;

/**
 * What counts as a unicode emoji for reactions: exactly one grapheme cluster, made only of emoji
 * code points and the joiners, selectors, modifiers, keycaps and tags that build emoji sequences,
 * and holding at least one pictograph, a regional-indicator flag pair or a keycap. Custom emoji
 * arrive with media.
 */
public final class Emoji {
    public static final int MAX_LENGTH = 64;
    private static final Pattern ONE_GRAPHEME = Pattern.compile("\\X");
    private static final Pattern ALLOWED = Pattern.compile(
            "[\\p{IsEmoji}\\p{IsEmoji_Component}\\x{200D}\\x{FE0F}\\x{20E3}\\x{E0020}-\\x{E007F}]+");
    private static final Pattern PICTURE = Pattern.compile(
            "\\p{IsExtended_Pictographic}|[\\x{1F1E6}-\\x{1F1FF}]{2}|\\x{20E3}");

    private Emoji() {
    }

    public static boolean valid(String emoji) {
        return emoji != null
                && !emoji.isEmpty()
                && emoji.length() <= MAX_LENGTH
                && ONE_GRAPHEME.matcher(emoji).matches()
                && ALLOWED.matcher(emoji).matches()
                && PICTURE.matcher(emoji).find();
    }
}
