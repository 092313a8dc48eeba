package dev.parley.core.message;

import dev.parley.domain.message.Mentions;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mentions in markdown source: {@code <@USER_ID>} for a user, {@code <@&ROLE_ID>} for a
 * role, and the words {@code @everyone} and {@code @here}. Mentions inside code spans and code
 * blocks do not count. Ids that name no member or role of the channel are ignored (they render
 * as plain text), and so are @everyone/@here without MENTION_EVERYONE.
 */
public final class MentionParser {
    private static final Pattern CODE = Pattern.compile("```.*?```|`[^`\\n]*`", Pattern.DOTALL);
    private static final Pattern USER = Pattern.compile("<@!?(\\d{1,19})>");
    private static final Pattern ROLE = Pattern.compile("<@&(\\d{1,19})>");
    private static final Pattern EVERYONE = Pattern.compile("(?<![\\w@])@everyone\\b");
    private static final Pattern HERE = Pattern.compile("(?<![\\w@])@here\\b");
    /** A message mentions at most this many users or roles; more are ignored. */
    public static final int MAX_MENTIONS = 100;

    private MentionParser() {
    }

    public static Mentions parse(String content, LongPredicate isUser, LongPredicate isRole, boolean mayMentionEveryone) {
        if (content.indexOf('@') < 0) {
            return Mentions.NONE; // every mention has an '@'
        }
        String text = CODE.matcher(content).replaceAll(" ");
        Set<Long> users = ids(USER.matcher(text), isUser);
        Set<Long> roles = ids(ROLE.matcher(text), isRole);
        boolean everyone = mayMentionEveryone && EVERYONE.matcher(text).find();
        boolean here = mayMentionEveryone && HERE.matcher(text).find();
        return new Mentions(users, roles, everyone, here);
    }

    /** False when {@code content} cannot name a user or a role (it holds no {@code <@}), so parsing it needs no lookup. */
    public static boolean mayName(String content) {
        return content.contains("<@");
    }

    /** The mentions of content that names no user or role ({@link #mayName} false): @everyone and @here only. */
    public static Mentions withoutNames(String content, boolean mayMentionEveryone) {
        if (mayName(content)) {
            throw new IllegalArgumentException("the content may name users or roles: parse it with lookups");
        }
        return parse(content, id -> false, id -> false, mayMentionEveryone);
    }

    private static Set<Long> ids(Matcher matcher, LongPredicate valid) {
        Set<Long> ids = new LinkedHashSet<>();
        while (matcher.find() && ids.size() < MAX_MENTIONS) {
            try {
                long id = Long.parseLong(matcher.group(1));
                if (valid.test(id)) {
                    ids.add(id);
                }
            } catch (NumberFormatException tooLarge) {
                // not an id: plain text
            }
        }
        return ids;
    }
}
