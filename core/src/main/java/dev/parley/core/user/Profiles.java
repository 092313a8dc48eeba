package dev.parley.core.user;

import dev.parley.bus.Audience;
import dev.parley.core.Caller;
import dev.parley.core.Check;
import dev.parley.core.Failure;
import dev.parley.core.Mutations;
import dev.parley.core.Views;
import dev.parley.domain.user.Profile;
import dev.parley.domain.user.User;
import dev.parley.protocol.event.UserUpdated;
import dev.parley.protocol.user.UpdateProfileRequest;
import dev.parley.protocol.user.UserPublic;
import dev.parley.protocol.user.UserSelf;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reading accounts and changing one's own profile. */
public final class Profiles {
    public static final int BIO_MAX = 500;
    public static final int PRONOUNS_MAX = 40;
    public static final int CUSTOM_STATUS_MAX = 128;
    public static final int AVATAR_MAX = 256;
    private static final Set<String> CLEARABLE = Set.of("bio", "pronouns", "custom_status", "accent_color", "avatar");

    private final Mutations mutations;

    public Profiles(Mutations mutations) {
        this.mutations = mutations;
    }

    public UserSelf me(Caller caller) {
        return mutations.read(tx -> Views.self(tx.users().byId(caller.userId()).orElseThrow(() -> Failure.notFound("user"))));
    }

    public UserPublic byId(long userId) {
        return mutations.read(tx -> Views.user(tx.users().byId(userId).orElseThrow(() -> Failure.notFound("user"))));
    }

    public UserPublic byUsername(String username) {
        if (username == null || username.length() > 64) {
            throw Failure.notFound("user");
        }
        return mutations.read(tx -> Views.user(tx.users().byUsername(username).orElseThrow(() -> Failure.notFound("user"))));
    }

    public UserSelf update(Caller caller, UpdateProfileRequest r) {
        Set<String> set = new HashSet<>();
        if (r.bio() != null) set.add("bio");
        if (r.pronouns() != null) set.add("pronouns");
        if (r.customStatus() != null) set.add("custom_status");
        if (r.accentColor() != null) set.add("accent_color");
        if (r.avatar() != null) set.add("avatar");
        Check.start()
                .line("display_name", r.displayName(), 1, 64)
                .paragraph("bio", r.bio(), 0, BIO_MAX)
                .line("pronouns", r.pronouns(), 0, PRONOUNS_MAX)
                .line("custom_status", r.customStatus(), 0, CUSTOM_STATUS_MAX)
                .range("accent_color", r.accentColor(), 0, 0xFFFFFF)
                .line("avatar", r.avatar(), 0, AVATAR_MAX)
                .clears(r.clear(), CLEARABLE, set)
                .orThrow();
        List<String> clear = r.clear() == null ? List.of() : r.clear();
        return mutations.apply(c -> {
            User old = c.tx().users().byId(caller.userId()).orElseThrow(() -> Failure.notFound("user"));
            Profile p = old.profile();
            Profile updated = new Profile(
                    pick(clear, "bio", r.bio(), p.bio()),
                    pick(clear, "pronouns", r.pronouns(), p.pronouns()),
                    pick(clear, "custom_status", r.customStatus(), p.customStatus()),
                    clear.contains("accent_color") ? null : r.accentColor() != null ? r.accentColor() : p.accentColor(),
                    pick(clear, "avatar", r.avatar(), p.avatar()));
            User user = old.withProfile(r.displayName() == null ? old.displayName() : r.displayName().strip(), updated);
            c.tx().users().update(user);
            c.emit(new Audience.PeersOf(user.id()), new UserUpdated(Views.user(user)));
            return Views.self(user);
        });
    }

    private static String pick(List<String> clear, String field, String given, String old) {
        if (clear.contains(field)) {
            return null;
        }
        return given == null ? old : Check.blankToNull(given);
    }
}
