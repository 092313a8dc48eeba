package dev.parley.store.user;

import dev.parley.domain.user.User;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Accounts. Usernames and emails are unique case-insensitively (keys "username", "email"). */
public interface UserStore {
    /** @throws dev.parley.store.StoreException.Conflict on a taken username or email */
    void insert(User user);

    Optional<User> byId(long id);

    /** The users among {@code ids} (deleted accounts included), by id; unknown ids are not keys. */
    Map<Long, User> byIds(Collection<Long> ids);

    /** Case-insensitive; deleted accounts are not found by name. */
    Optional<User> byUsername(String username);

    /** Case-insensitive. */
    Optional<User> byEmail(String email);

    /**
     * Replaces the stored row with the same id.
     *
     * @throws dev.parley.store.StoreException.NotFound if there is none
     * @throws dev.parley.store.StoreException.Conflict on a taken username or email
     */
    void update(User user);
}
