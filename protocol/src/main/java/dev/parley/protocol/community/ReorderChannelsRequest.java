package dev.parley.protocol.community;

import dev.parley.protocol.Id;
import java.util.List;

/** Sets the positions of several channels at once. */
public record ReorderChannelsRequest(List<Entry> channels) {
    /** One channel's new position. */
    public record Entry(@Id Long id, Integer position) {
    }
}
