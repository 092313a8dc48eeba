package dev.parley.protocol.user;

import java.util.List;

/** Changes the fields given; fields named in {@code clear} are erased (bio, pronouns,
 * custom_status, accent_color, avatar). A field may not be both set and cleared. */
public record UpdateProfileRequest(
        String displayName,
        String bio,
        String pronouns,
        String customStatus,
        Integer accentColor,
        String avatar,
        List<String> clear) {
}
