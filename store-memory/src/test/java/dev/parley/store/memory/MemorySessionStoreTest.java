package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.contract.SessionStoreContract;

class MemorySessionStoreTest extends SessionStoreContract {
    @Override
    protected Storage openStorage() {
        return new MemoryStorage();
    }
}
