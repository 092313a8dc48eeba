package dev.parley.store.memory;

import dev.parley.domain.user.User;
import dev.parley.store.StoreException;
import dev.parley.store.user.UserStore;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Accounts. Uniqueness compares {@link User#canonical} forms over every row, deleted ones
 * included (an erased account's name is {@code deleted-<id>}, so it frees the old one); accounts
 * without an email never clash on email.
 */
final class MemoryUserStore implements UserStore {
    private final Map<Long, User> users;

    MemoryUserStore(MemoryState state) {
        this.users = state.users();
    }

    @Override
    public void insert(User user) {
        if (users.containsKey(user.id())) {
            throw new IllegalStateException("user " + user.id() + " already exists");
        }
        requireUnique(user);
        users.put(user.id(), user);
    }

    @Override
    public Optional<User> byId(long id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Map<Long, User> byIds(Collection<Long> ids) {
        Map<Long, User> found = new HashMap<>();
        ids.forEach(id -> byId(id).ifPresent(u -> found.put(id, u)));
        return found;
    }

    @Override
    public Optional<User> byUsername(String username) {
        String wanted = User.canonical(username);
        return users.values().stream()
                .filter(u -> !u.deleted() && User.canonical(u.username()).equals(wanted))
                .findFirst();
    }

    @Override
    public Optional<User> byEmail(String email) {
        String wanted = User.canonical(email);
        return users.values().stream()
                .filter(u -> u.email() != null && User.canonical(u.email()).equals(wanted))
                .findFirst();
    }

    @Override
    public void update(User user) {
        if (!users.containsKey(user.id())) {
            throw new StoreException.NotFound("user " + user.id());
        }
        requireUnique(user);
        users.put(user.id(), user);
    }

    private void requireUnique(User candidate) {
        for (User other : users.values()) {
            if (other.id() == candidate.id()) {
                continue;
            }
            if (User.canonical(other.username()).equals(User.canonical(candidate.username()))) {
                throw new StoreException.Conflict("username");
            }
            if (candidate.email() != null && other.email() != null
                    && Objects.equals(User.canonical(other.email()), User.canonical(candidate.email()))) {
                throw new StoreException.Conflict("email");
            }
        }
    }
}
