package dev.parley.client;

import dev.parley.protocol.auth.DeleteAccountRequest;
import dev.parley.protocol.user.SettingsView;
import dev.parley.protocol.user.UpdateProfileRequest;
import dev.parley.protocol.user.UpdateSettingsRequest;
import dev.parley.protocol.user.UserPublic;
import dev.parley.protocol.user.UserSelf;

/** User accounts, profiles and the caller's privacy settings ({@code /api/v1/users}). */
public final class UsersApi {
    private final Requester requester;

    UsersApi(Requester requester) {
        this.requester = requester;
    }

    /** The caller's own account, with its private fields. */
    public UserSelf me() {
        return requester.fetch(ApiCall.get(ApiPath.of("users", ApiPath.ME)), UserSelf.class);
    }

    public UserSelf updateMe(UpdateProfileRequest request) {
        return requester.fetch(ApiCall.patch(ApiPath.of("users", ApiPath.ME), request), UserSelf.class);
    }

    /** Deletes the caller's account after the server re-checks the password, then forgets the tokens. */
    public void deleteMe(String password) {
        requester.execute(ApiCall.delete(ApiPath.of("users", ApiPath.ME), new DeleteAccountRequest(password)));
        requester.credentials().clear();
    }

    /** The caller's privacy settings. */
    public SettingsView settings() {
        return requester.fetch(ApiCall.get(settingsPath()), SettingsView.class);
    }

    /** Changes the settings that are non-null in {@code request}; answers all of them. */
    public SettingsView updateSettings(UpdateSettingsRequest request) {
        return requester.fetch(ApiCall.patch(settingsPath(), request), SettingsView.class);
    }

    public UserPublic get(long userId) {
        return requester.fetch(ApiCall.get(ApiPath.of("users", userId)), UserPublic.class);
    }

    public UserPublic byUsername(String username) {
        return requester.fetch(ApiCall.get(ApiPath.of("users", "by-username", username)), UserPublic.class);
    }

    private static String settingsPath() {
        return ApiPath.of("users", ApiPath.ME, "settings");
    }
}
