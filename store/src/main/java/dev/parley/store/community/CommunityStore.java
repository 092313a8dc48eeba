package dev.parley.store.community;

import dev.parley.domain.community.Community;
import java.util.List;
import java.util.Optional;

/** Communities. */
public interface CommunityStore {
    void insert(Community community);

    Optional<Community> byId(long id);

    /** @throws dev.parley.store.StoreException.NotFound */
    void update(Community community);

    /**
     * Deletes the community with its channels, roles, members and invites.
     *
     * @throws dev.parley.store.StoreException.NotFound
     */
    void delete(long id);

    /** The communities a user is a member of, by id (oldest first). */
    List<Community> ofMember(long userId);
}
