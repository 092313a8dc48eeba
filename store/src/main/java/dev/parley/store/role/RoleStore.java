package dev.parley.store.role;

import dev.parley.domain.role.Role;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Roles of communities. */
public interface RoleStore {
    void insert(Role role);

    Optional<Role> byId(long id);

    /** Roles of a community by position (lowest first), then id; includes {@code @everyone}. */
    List<Role> ofCommunity(long communityId);

    /** {@link #ofCommunity} of each of {@code communityIds} that has roles; the others are not keys. */
    Map<Long, List<Role>> ofCommunities(Collection<Long> communityIds);

    /** @throws dev.parley.store.StoreException.NotFound */
    void update(Role role);

    /**
     * Deletes the role, takes it from every member that held it and drops channel overwrites
     * that target it.
     *
     * @throws dev.parley.store.StoreException.NotFound
     */
    void delete(long id);
}
