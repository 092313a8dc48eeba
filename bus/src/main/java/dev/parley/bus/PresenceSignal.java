package dev.parley.bus;

import java.util.List;

/**
 * What one node holds of some users' presence, for the other nodes to merge with their own
 * (gateway.md §11, cluster note). Sent when a user's presence on the node changes and again,
 * for every user it holds, every refresh interval: a receiver drops what a node has not
 * repeated within its time to live, so the users of a node that died stop counting.
 *
 * @param node  the sending node's id for this run (any token without spaces or commas); a restarted
 *              node has a new one
 * @param ask   whether the sender asks every other node to send all it holds now (it just started)
 * @param users what the node holds, one entry per user (the whole of it, not a change)
 */
public record PresenceSignal(String node, boolean ask, List<Held> users) implements Signal {
    public PresenceSignal {
        if (node.isEmpty() || node.contains(" ") || node.contains(",")) {
            throw new IllegalArgumentException("a node id is a token without spaces or commas");
        }
        users = List.copyOf(users);
    }

    /**
     * One user's presence on one node: the status chosen last and when (the newest choice wins across
     * nodes), whether a device there is in use (not afk), and, once the node's last connection of the
     * user ended, when (0 while connected; the node still holds the user for the offline grace).
     */
    public record Held(long userId, String chosen, long chosenAtMillis, boolean active, long endedAtMillis) {
        public Held {
            if (chosen.isEmpty() || chosen.contains(" ") || chosen.contains(",")) {
                throw new IllegalArgumentException("a status is a token without spaces or commas");
            }
        }

        /** Whether the node still has a connection of the user (not merely within the offline grace). */
        public boolean connected() {
            return endedAtMillis == 0;
        }
    }
}
