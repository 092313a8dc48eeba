package dev.parley.store.memory;

import dev.parley.store.Storage;
import dev.parley.store.contract.ReadStateStoreContract;

class MemoryReadStateStoreTest extends ReadStateStoreContract {
    @Override
    protected Storage openStorage() {
        return new MemoryStorage();
    }
}
