package dev.parley.http.user;

import dev.parley.core.user.Privacy;
import dev.parley.http.route.Call;
import dev.parley.protocol.user.SettingsView;
import dev.parley.protocol.user.UpdateSettingsRequest;

/** {@code /users/@me/settings}: the caller's privacy settings. */
public final class SettingsEndpoints {
    private final Privacy privacy;

    public SettingsEndpoints(Privacy privacy) {
        this.privacy = privacy;
    }

    public SettingsView get(Call call) {
        return privacy.get(call.caller());
    }

    public SettingsView update(Call call, UpdateSettingsRequest body) {
        return privacy.update(call.caller(), body);
    }
}
