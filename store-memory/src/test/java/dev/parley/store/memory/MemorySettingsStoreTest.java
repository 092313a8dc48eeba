package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.contract.SettingsStoreContract;

class MemorySettingsStoreTest extends SettingsStoreContract {
    @Override
    protected Storage openStorage() {
        return new MemoryStorage();
    }
}
