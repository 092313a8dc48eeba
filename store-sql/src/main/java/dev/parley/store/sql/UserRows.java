package dev.parley.store.sql;

import static dev.parley.store.sql.Columns.instant;
import static dev.parley.store.sql.Columns.millis;
import static dev.parley.store.sql.Columns.nullableInt;

import dev.parley.domain.user.Profile;
import dev.parley.domain.user.User;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link User} to and from the {@code users} table; the profile is flattened into columns. */
final class UserRows {
    static final String COLUMNS = "id, username, display_name, email, password_hash, bio, pronouns, "
            + "custom_status, accent_color, avatar, admin, created_at, deleted_at";

    private UserRows() {
    }

    /** Binds every column, including the canonical forms uniqueness and lookups use. */
    static <S extends SqlStatement<S>> S bind(S statement, User user) {
        Profile profile = user.profile();
        return statement
                .bind("id", user.id())
                .bind("username", user.username())
                .bind("username_canonical", User.canonical(user.username()))
                .bind("display_name", user.displayName())
                .bind("email", user.email())
                .bind("email_canonical", user.email() == null ? null : User.canonical(user.email()))
                .bind("password_hash", user.passwordHash())
                .bind("bio", profile.bio())
                .bind("pronouns", profile.pronouns())
                .bind("custom_status", profile.customStatus())
                .bind("accent_color", profile.accentColor())
                .bind("avatar", profile.avatar())
                .bind("admin", user.admin())
                .bind("created_at", millis(user.createdAt()))
                .bind("deleted_at", millis(user.deletedAt()));
    }

    static User map(ResultSet rs, StatementContext ctx) throws SQLException {
        Profile profile = new Profile(
                rs.getString("bio"),
                rs.getString("pronouns"),
                rs.getString("custom_status"),
                nullableInt(rs, "accent_color"),
                rs.getString("avatar"));
        return new User(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                rs.getString("password_hash"),
                profile,
                rs.getBoolean("admin"),
                instant(rs, "created_at"),
                instant(rs, "deleted_at"));
    }
}
