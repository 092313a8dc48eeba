package dev.parley.core.user;

import dev.parley.bus.Audience;
import dev.parley.core.Caller;
import dev.parley.core.Mutations;
import dev.parley.domain.user.Settings;
import dev.parley.protocol.event.SettingsUpdated;
import dev.parley.protocol.user.SettingsView;
import dev.parley.protocol.user.UpdateSettingsRequest;
import dev.parley.store.Tx;

/** A user's privacy settings: who may DM them, and whether they send read receipts. */
public final class Privacy {
    private final Mutations mutations;

    public Privacy(Mutations mutations) {
        this.mutations = mutations;
    }

    public SettingsView get(Caller caller) {
        return mutations.read(tx -> get(tx, caller.userId()));
    }

    /** {@link #get(Caller)} inside a transaction of the caller's. */
    public static SettingsView get(Tx tx, long userId) {
        return view(tx.settings().get(userId).orElse(Settings.defaults(userId)));
    }

    public SettingsView update(Caller caller, UpdateSettingsRequest request) {
        return mutations.apply(c -> {
            Settings old = c.tx().settings().get(caller.userId()).orElse(Settings.defaults(caller.userId()));
            Settings updated = new Settings(caller.userId(),
                    request.dmsFromStrangers() == null ? old.dmsFromStrangers() : request.dmsFromStrangers(),
                    request.readReceipts() == null ? old.readReceipts() : request.readReceipts());
            c.tx().settings().put(updated);
            SettingsView view = view(updated);
            if (!updated.equals(old)) {
                c.emit(Audience.user(caller.userId()), new SettingsUpdated(view));
            }
            return view;
        });
    }

    private static SettingsView view(Settings s) {
        return new SettingsView(s.dmsFromStrangers(), s.readReceipts());
    }
}
