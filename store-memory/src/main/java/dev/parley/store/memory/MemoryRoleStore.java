package dev.parley.store.memory;

import dev.parley.domain.channel.Channel;
import dev.parley.domain.community.Member;
import dev.parley.domain.permission.Overwrite;
import dev.parley.domain.role.Role;
import dev.parley.store.StoreException;
import dev.parley.store.role.RoleStore;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Roles. Deleting one also takes it from members and from channel overwrites. */
final class MemoryRoleStore implements RoleStore {
    private static final Comparator<Role> BY_POSITION =
            Comparator.comparingInt(Role::position).thenComparingLong(Role::id);

    private final MemoryState state;

    MemoryRoleStore(MemoryState state) {
        this.state = state;
    }

    @Override
    public void insert(Role role) {
        if (state.roles().containsKey(role.id())) {
            throw new IllegalStateException("role " + role.id() + " already exists");
        }
        state.roles().put(role.id(), role);
    }

    @Override
    public Optional<Role> byId(long id) {
        return Optional.ofNullable(state.roles().get(id));
    }

    @Override
    public List<Role> ofCommunity(long communityId) {
        return state.roles().values().stream()
                .filter(r -> r.communityId() == communityId)
                .sorted(BY_POSITION)
                .toList();
    }

    @Override
    public Map<Long, List<Role>> ofCommunities(Collection<Long> communityIds) {
        return MemoryState.grouped(state.roles().values(), communityIds, Role::communityId, BY_POSITION);
    }

    /** Replaces name, color, position and permissions; keeps the community. */
    @Override
    public void update(Role role) {
        Role stored = state.roles().get(role.id());
        if (stored == null) {
            throw new StoreException.NotFound("role " + role.id());
        }
        state.roles().put(role.id(), stored.with(role.name(), role.color(), role.position(), role.permissions()));
    }

    @Override
    public void delete(long id) {
        if (state.roles().remove(id) == null) {
            throw new StoreException.NotFound("role " + id);
        }
        state.members().replaceAll((key, m) -> m.roleIds().contains(id) ? without(m, id) : m);
        state.channels().replaceAll((channelId, c) -> withoutOverwritesOf(c, id));
    }

    private static Member without(Member member, long roleId) {
        Set<Long> roleIds = new HashSet<>(member.roleIds());
        roleIds.remove(roleId);
        return member.withRoles(roleIds);
    }

    private static Channel withoutOverwritesOf(Channel c, long roleId) {
        List<Overwrite> kept = c.overwrites().stream()
                .filter(o -> !(o.target() == Overwrite.Target.ROLE && o.targetId() == roleId))
                .toList();
        if (kept.size() == c.overwrites().size()) {
            return c;
        }
        return c.with(c.name(), c.topic(), c.position(), c.parentId(), c.slowmodeSeconds(), c.nsfw(),
                c.syncedWithCategory(), kept);
    }
}
