package dev.parley.store.memory;

import dev.parley.domain.community.Community;
import dev.parley.store.StoreException;
import dev.parley.store.community.CommunityStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Communities. Deleting one removes every row that names it. */
final class MemoryCommunityStore implements CommunityStore {
    private final MemoryState state;

    MemoryCommunityStore(MemoryState state) {
        this.state = state;
    }

    @Override
    public void insert(Community community) {
        if (state.communities().containsKey(community.id())) {
            throw new IllegalStateException("community " + community.id() + " already exists");
        }
        state.communities().put(community.id(), community);
    }

    @Override
    public Optional<Community> byId(long id) {
        return Optional.ofNullable(state.communities().get(id));
    }

    @Override
    public void update(Community community) {
        if (!state.communities().containsKey(community.id())) {
            throw new StoreException.NotFound("community " + community.id());
        }
        state.communities().put(community.id(), community);
    }

    @Override
    public void delete(long id) {
        if (state.communities().remove(id) == null) {
            throw new StoreException.NotFound("community " + id);
        }
        state.channels().values().removeIf(c -> c.communityId() == id);
        state.roles().values().removeIf(r -> r.communityId() == id);
        state.members().values().removeIf(m -> m.communityId() == id);
        state.invites().values().removeIf(i -> i.communityId() == id);
    }

    @Override
    public List<Community> ofMember(long userId) {
        return state.members().values().stream()
                .filter(m -> m.userId() == userId)
                .map(m -> state.communities().get(m.communityId()))
                .sorted(Comparator.comparingLong(Community::id))
                .toList();
    }
}
