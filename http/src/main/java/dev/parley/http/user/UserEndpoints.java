package dev.parley.http.user;

import dev.parley.core.auth.Accounts;
import dev.parley.core.user.Profiles;
import dev.parley.http.route.Call;
import dev.parley.protocol.auth.DeleteAccountRequest;
import dev.parley.protocol.user.UpdateProfileRequest;
import dev.parley.protocol.user.UserPublic;
import dev.parley.protocol.user.UserSelf;

/** {@code /api/v1/users/*}: one's own account and other users' public records. */
public final class UserEndpoints {
    private final Accounts accounts;
    private final Profiles profiles;

    public UserEndpoints(Accounts accounts, Profiles profiles) {
        this.accounts = accounts;
        this.profiles = profiles;
    }

    public UserSelf me(Call call) {
        return profiles.me(call.caller());
    }

    public UserSelf update(Call call, UpdateProfileRequest body) {
        return profiles.update(call.caller(), body);
    }

    public void delete(Call call, DeleteAccountRequest body) {
        accounts.deleteAccount(call.caller(), body);
    }

    public UserPublic byId(Call call) {
        return profiles.byId(call.userId("uid"));
    }

    public UserPublic byUsername(Call call) {
        return profiles.byUsername(call.text("username"));
    }
}
