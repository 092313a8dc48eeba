package dev.parley.protocol.community;

import dev.parley.protocol.Id;
import java.util.List;

/** Effective permissions of a member in a channel: the bit field and the names of its bits. */
public record PermissionsView(@Id long userId, @Id long channelId, @Id long bits, List<String> names) {
}
