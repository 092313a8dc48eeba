package dev.parley.store.memory;

import dev.parley.domain.channel.Channel;
import dev.parley.store.StoreException;
import dev.parley.store.channel.ChannelStore;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Channels; overwrites are part of the channel record and keep the order they were given in. */
final class MemoryChannelStore implements ChannelStore {
    private static final Comparator<Channel> BY_POSITION =
            Comparator.comparingInt(Channel::position).thenComparingLong(Channel::id);

    private final Map<Long, Channel> channels;

    MemoryChannelStore(MemoryState state) {
        this.channels = state.channels();
    }

    @Override
    public void insert(Channel channel) {
        if (channels.containsKey(channel.id())) {
            throw new IllegalStateException("channel " + channel.id() + " already exists");
        }
        channels.put(channel.id(), channel);
    }

    @Override
    public Optional<Channel> byId(long id) {
        return Optional.ofNullable(channels.get(id));
    }

    @Override
    public List<Channel> ofCommunity(long communityId) {
        return channels.values().stream()
                .filter(c -> c.communityId() == communityId)
                .sorted(BY_POSITION)
                .toList();
    }

    @Override
    public Map<Long, List<Channel>> ofCommunities(Collection<Long> communityIds) {
        return MemoryState.grouped(channels.values(), communityIds, Channel::communityId, BY_POSITION);
    }

    /** Keeps the stored id, community, type and creation time. */
    @Override
    public void update(Channel channel) {
        Channel stored = channels.get(channel.id());
        if (stored == null) {
            throw new StoreException.NotFound("channel " + channel.id());
        }
        channels.put(channel.id(), stored.with(channel.name(), channel.topic(), channel.position(),
                channel.parentId(), channel.slowmodeSeconds(), channel.nsfw(), channel.syncedWithCategory(),
                channel.overwrites()));
    }

    @Override
    public void delete(long id) {
        if (channels.remove(id) == null) {
            throw new StoreException.NotFound("channel " + id);
        }
        channels.replaceAll((childId, c) -> Long.valueOf(id).equals(c.parentId()) ? unparented(c) : c);
    }

    private static Channel unparented(Channel c) {
        return c.with(c.name(), c.topic(), c.position(), null, c.slowmodeSeconds(), c.nsfw(),
                c.syncedWithCategory(), c.overwrites());
    }
}
