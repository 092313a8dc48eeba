package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.contract.UserStoreContract;

class MemoryUserStoreTest extends UserStoreContract {
    @Override
    protected Storage openStorage() {
        return new MemoryStorage();
    }
}
