package dev.parley.store.channel;

import dev.parley.domain.channel.Channel;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Community channels with their permission overwrites (stored and loaded with the channel). */
public interface ChannelStore {
    void insert(Channel channel);

    Optional<Channel> byId(long id);

    /** Channels of a community by position, then id. */
    List<Channel> ofCommunity(long communityId);

    /** {@link #ofCommunity} of each of {@code communityIds} that has channels; the others are not keys. */
    Map<Long, List<Channel>> ofCommunities(Collection<Long> communityIds);

    /** Replaces every mutable field and the overwrites. @throws dev.parley.store.StoreException.NotFound */
    void update(Channel channel);

    /**
     * Deletes the channel; channels inside a deleted category move out of it (parent null).
     *
     * @throws dev.parley.store.StoreException.NotFound
     */
    void delete(long id);
}
