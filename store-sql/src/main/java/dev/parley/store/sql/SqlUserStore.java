package dev.parley.store.sql;

import dev.parley.domain.user.User;
import dev.parley.store.StoreException;
import dev.parley.store.user.UserStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Users. Case-insensitive uniqueness and lookup go through the {@code *_canonical} columns, filled
 * with {@link User#canonical}; a clash surfaces as a Conflict on "username" or "email".
 */
final class SqlUserStore implements UserStore {
    private static final String SELECT = "SELECT " + UserRows.COLUMNS + " FROM users ";

    private final Sql sql;

    SqlUserStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(User user) {
        checkUnique(user);
        sql.execute(UserRows.bind(sql.update("""
                INSERT INTO users (id, username, username_canonical, display_name, email, email_canonical,
                                   password_hash, bio, pronouns, custom_status, accent_color, avatar, admin,
                                   created_at, deleted_at)
                VALUES (:id, :username, :username_canonical, :display_name, :email, :email_canonical,
                        :password_hash, :bio, :pronouns, :custom_status, :accent_color, :avatar, :admin,
                        :created_at, :deleted_at)"""), user));
    }

    @Override
    public Optional<User> byId(long id) {
        return sql.one(sql.query(SELECT + "WHERE id = :id").bind("id", id), UserRows::map);
    }

    @Override
    public Map<Long, User> byIds(Collection<Long> ids) {
        return sql.listIn(SELECT + "WHERE id IN (<ids>)", ids, UserRows::map).stream()
                .collect(Collectors.toMap(User::id, Function.identity()));
    }

    @Override
    public Optional<User> byUsername(String username) {
        return sql.one(sql.query(SELECT + "WHERE username_canonical = :name AND deleted_at IS NULL")
                .bind("name", User.canonical(username)), UserRows::map);
    }

    @Override
    public Optional<User> byEmail(String email) {
        return sql.one(sql.query(SELECT + "WHERE email_canonical = :email")
                .bind("email", User.canonical(email)), UserRows::map);
    }

    @Override
    public void update(User user) {
        checkUnique(user);
        sql.executeOne(UserRows.bind(sql.update("""
                UPDATE users
                   SET username = :username, username_canonical = :username_canonical,
                       display_name = :display_name, email = :email, email_canonical = :email_canonical,
                       password_hash = :password_hash, bio = :bio, pronouns = :pronouns,
                       custom_status = :custom_status, accent_color = :accent_color, avatar = :avatar,
                       admin = :admin, created_at = :created_at, deleted_at = :deleted_at
                 WHERE id = :id"""), user), "user " + user.id());
    }

    /**
     * Names the clash deterministically before writing: when both the username and the email are
     * taken, databases report whichever index they check first, but callers should hear
     * "username". The unique indexes stay the backstop (and still map to Conflict). A check
     * rather than catch-and-inspect, because PostgreSQL aborts a transaction on a failed statement.
     */
    private void checkUnique(User user) {
        String email = user.email() == null ? null : User.canonical(user.email());
        List<String> clashes = sql.list(sql.query("""
                SELECT CASE WHEN username_canonical = :username THEN 'username' ELSE 'email' END AS clash
                  FROM users
                 WHERE id <> :id AND (username_canonical = :username OR email_canonical = :email)""")
                .bind("id", user.id())
                .bind("username", User.canonical(user.username()))
                .bind("email", email), (rs, ctx) -> rs.getString("clash"));
        if (!clashes.isEmpty()) {
            throw new StoreException.Conflict(clashes.contains("username") ? "username" : "email");
        }
    }
}
