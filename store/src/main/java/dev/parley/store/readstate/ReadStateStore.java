package dev.parley.store.readstate;

import dev.parley.domain.readstate.ReadState;
import java.util.List;
import java.util.Optional;

/** Per user and channel: how far they have read and what was delivered to them. */
public interface ReadStateStore {
    Optional<ReadState> get(long userId, long channelId);

    /** Inserts or replaces the state of (user, channel). Monotonicity is the caller's rule. */
    void put(ReadState state);

    /** Every user's state in a channel, by user id. */
    List<ReadState> ofChannel(long channelId);

    /** The user's states in every channel, by channel id. */
    List<ReadState> ofUser(long userId);
}
