package dev.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.user.Settings;
import dev.parley.domain.user.User;
import org.junit.jupiter.api.Test;

/** {@link dev.parley.store.user.SettingsStore}: nothing stored until saved, then replaced whole. */
public abstract class SettingsStoreContract extends StorageContract {

    @Test
    void aUserWhoNeverSavedSettingsHasNone() {
        User alice = fixtures.user("alice");
        insert(alice);

        assertThat(committed().settings().get(alice.id())).isEmpty();
        assertThat(committed().settings().get(fixtures.id())).isEmpty();
    }

    @Test
    void putStoresAndThenReplacesOneUsersSettings() {
        User alice = fixtures.user("alice");
        User bob = fixtures.user("bob");
        insert(alice, bob);
        Settings saved = new Settings(alice.id(), false, true);
        Settings replaced = new Settings(alice.id(), true, false);
        Settings bobs = new Settings(bob.id(), false, false);

        inWrite(tx -> tx.settings().put(saved));
        inWrite(tx -> tx.settings().put(bobs));
        assertThat(committed().settings().get(alice.id())).contains(saved);

        inWrite(tx -> tx.settings().put(replaced));
        assertThat(committed().settings().get(alice.id())).contains(replaced);
        assertThat(committed().settings().get(bob.id())).contains(bobs);
    }

    @Test
    void failedWorkLeavesNoSettingsBehind() {
        User alice = fixtures.user("alice");
        User bob = fixtures.user("bob");
        insert(alice, bob);
        Settings kept = Settings.defaults(alice.id());
        inWrite(tx -> tx.settings().put(kept));

        assertThatThrownBy(() -> inWrite(tx -> {
            tx.settings().put(new Settings(alice.id(), false, false));
            tx.settings().put(new Settings(bob.id(), false, false));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(committed().settings().get(alice.id())).contains(kept);
        assertThat(committed().settings().get(bob.id())).isEmpty();
    }
}
